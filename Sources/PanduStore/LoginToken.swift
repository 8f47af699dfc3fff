import Crypto
import Foundation
import PanduCore

/// The secret `pandu login` leaves in the user's state folder: 32 random bytes. The store keeps only its
/// SHA-256 digest with the person, the expiry and a fingerprint of the PIN hash, so a token cannot be made
/// from what the store holds, and changing the PIN, disabling the person or `pandu logout` ends it.
public enum LoginToken {
    /// A fresh token from `rng` (the system generator reads the kernel's CSPRNG), as 64 hex digits.
    public static func generate<R: RandomNumberGenerator>(using rng: inout R) -> String {
        (0..<4).map { _ in rng.next() as UInt64 }.map { String(format: "%016llx", $0) }.joined()
    }

    /// The digest the store keys a token by.
    public static func digest(_ token: String) -> String { hex(SHA256.hash(data: Data(token.utf8))) }

    /// What the store keeps of the PIN hash a login was made under: a changed PIN gives another value.
    public static func pinFingerprint(_ pinHash: String) -> String {
        hex(SHA256.hash(data: Data(("pin|" + pinHash).utf8)))
    }

    /// The record to store for a new token of `person`.
    public static func record(token: String, person: Person, createdAt: Date, expires: Date) -> StoredLogin {
        StoredLogin(
            digest: digest(token), person: person.code, pinFingerprint: pinFingerprint(person.pinHash),
            createdAt: createdAt, expires: expires)
    }

    /// Whether `stored` still lets `person` in at `now`: theirs, unexpired, and made under their current PIN.
    public static func admits(_ stored: StoredLogin, person: Person, now: Date) -> Bool {
        stored.person == person.code && stored.expires > now && !person.disabled
            && stored.pinFingerprint == pinFingerprint(person.pinHash)
    }

    private static func hex(_ digest: SHA256.Digest) -> String { digest.map { String(format: "%02x", $0) }.joined() }
}
