import Crypto
import Foundation
import PanduCore

/// The proof kept by `pandu login` between commands: bound to the person, the expiry and their current
/// PIN hash, so changing the PIN or disabling the person invalidates every saved login.
public enum LoginToken {
    /// The token for `person` valid until `expires`, for the store at `store`.
    public static func make(person: Person, expires: Date, store: String) -> String {
        let material = "\(person.code.rawValue)|\(Int(expires.timeIntervalSince1970))|\(person.pinHash)|\(store)"
        return SHA256.hash(data: Data(material.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// Whether `token` is the one `make` gives for these facts.
    public static func verify(_ token: String, person: Person, expires: Date, store: String) -> Bool {
        let expected = Array(make(person: person, expires: expires, store: store).utf8)
        let given = Array(token.utf8)
        guard expected.count == given.count else { return false }
        var diff: UInt8 = 0
        for i in 0..<expected.count { diff |= expected[i] ^ given[i] }
        return diff == 0
    }
}
