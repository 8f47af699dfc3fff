import Foundation
import PanduCore

/// A saved login as the store keeps it: the token's digest, whose it is, the PIN it was made under (a
/// fingerprint of its hash) and when it ends.
public struct StoredLogin: Equatable, Sendable {
    public var digest: String
    public var person: PersonCode
    public var pinFingerprint: String
    public var createdAt: Date
    public var expires: Date

    /// A saved login record.
    public init(digest: String, person: PersonCode, pinFingerprint: String, createdAt: Date, expires: Date) {
        self.digest = digest
        self.person = person
        self.pinFingerprint = pinFingerprint
        self.createdAt = createdAt
        self.expires = expires
    }
}
