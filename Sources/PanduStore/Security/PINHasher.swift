import Crypto
import Foundation
import _CryptoExtras

/// Hashes PINs slowly with a random salt (PBKDF2-HMAC-SHA256) and checks them in constant time.
/// Stored form: `pbkdf2-sha256$<rounds>$<salt base64>$<hash base64>`, so rounds can be raised later
/// without invalidating existing PINs (`needsRehash` tells when to re-hash at the next good login).
public struct PINHasher: Sendable {
    /// Rounds for production: about 105 ms of CPU per hash in a release build on the 2-core machines
    /// (measured 20.8 ms per 100,000 rounds). A PIN has at most 10^8 values, so the slowness is what
    /// protects a copied store file; raise it as machines get faster (old hashes keep verifying).
    public static let defaultRounds = 500_000
    /// Bytes of random salt per hash.
    public static let saltByteCount = 16
    /// Bytes of derived key kept.
    public static let hashByteCount = 32

    /// Rounds used for new hashes.
    public let rounds: Int
    private let randomBytes: @Sendable (Int) -> [UInt8]

    /// A hasher; tests pass low `rounds` and a fixed `randomBytes` source.
    public init(
        rounds: Int = PINHasher.defaultRounds,
        randomBytes: @escaping @Sendable (Int) -> [UInt8] = PINHasher.systemRandomBytes
    ) {
        self.rounds = max(1, rounds)
        self.randomBytes = randomBytes
    }

    /// The process's hasher: `defaultRounds`, or `PANDU_PIN_ROUNDS` when set, so test suites that add many
    /// people stay fast. Only new hashes use it; verifying always uses the rounds stored with the hash.
    public init(environment: [String: String]) {
        let override = environment["PANDU_PIN_ROUNDS"].flatMap { Int($0) }
        self.init(rounds: override.map { min($0, PINHashFormat.roundsRange.upperBound) } ?? Self.defaultRounds)
    }

    /// Cryptographically secure random bytes from the system generator.
    public static func systemRandomBytes(_ count: Int) -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    }

    /// The stored form of `pin`'s hash, with a fresh salt.
    public func hash(pin: String) throws -> String {
        let salt = randomBytes(Self.saltByteCount)
        let derived = try Self.derive(pin: pin, salt: salt, rounds: rounds, byteCount: Self.hashByteCount)
        return PINHashFormat(rounds: rounds, salt: salt, hash: derived).encoded
    }

    /// Whether `pin` matches `stored`; false for a wrong PIN and for an empty, malformed or tampered
    /// stored string (a person without a PIN cannot log in).
    public func verify(pin: String, against stored: String) -> Bool {
        guard let format = try? PINHashFormat(parsing: stored),
            let derived = try? Self.derive(pin: pin, salt: format.salt, rounds: format.rounds, byteCount: format.hash.count)
        else { return false }
        return Self.constantTimeEqual(derived, format.hash)
    }

    /// Whether `stored` was made with fewer rounds than this hasher uses (or cannot be read).
    public func needsRehash(_ stored: String) -> Bool {
        guard let format = try? PINHashFormat(parsing: stored) else { return true }
        return format.rounds < rounds
    }

    private static func derive(pin: String, salt: [UInt8], rounds: Int, byteCount: Int) throws -> [UInt8] {
        // The checked `rounds:` API refuses fewer than 210,000; the count is chosen above and parsed
        // within limits, so the unchecked variant is used on purpose.
        let key = try KDF.Insecure.PBKDF2.deriveKey(
            from: Array(pin.utf8), salt: salt, using: .sha256, outputByteCount: byteCount,
            unsafeUncheckedRounds: rounds)
        return key.withUnsafeBytes { Array($0) }
    }

    /// Compares every byte whatever the first difference, so timing does not leak how much matched.
    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }
}
