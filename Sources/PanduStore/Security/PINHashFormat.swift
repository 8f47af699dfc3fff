import Foundation

/// The parts of a stored PIN hash: `pbkdf2-sha256$<rounds>$<salt base64>$<hash base64>`.
public struct PINHashFormat: Sendable, Hashable {
    /// The algorithm tag written first.
    public static let algorithm = "pbkdf2-sha256"
    /// Parsing bounds: enough for decades of raised rounds, low enough that a tampered string cannot make a
    /// login spin for minutes.
    public static let roundsRange = 1...20_000_000

    public var rounds: Int
    public var salt: [UInt8]
    public var hash: [UInt8]

    /// The parts of a new hash.
    public init(rounds: Int, salt: [UInt8], hash: [UInt8]) {
        self.rounds = rounds
        self.salt = salt
        self.hash = hash
    }

    /// Reads a stored string; fails with the reason it is not one.
    public init(parsing stored: String) throws(PINHashFormatError) {
        let parts = stored.split(separator: "$", omittingEmptySubsequences: false)
        guard parts.count == 4 else { throw .wrongFieldCount(parts.count) }
        guard parts[0] == Self.algorithm else { throw .unknownAlgorithm(String(parts[0])) }
        guard let rounds = Int(parts[1]), Self.roundsRange.contains(rounds) else {
            throw .badRounds(String(parts[1]))
        }
        guard let salt = Data(base64Encoded: String(parts[2])), salt.count >= 8 else { throw .badSalt }
        guard let hash = Data(base64Encoded: String(parts[3])), hash.count >= 16 else { throw .badHash }
        self.init(rounds: rounds, salt: Array(salt), hash: Array(hash))
    }

    /// The stored string.
    public var encoded: String {
        [Self.algorithm, String(rounds), Data(salt).base64EncodedString(), Data(hash).base64EncodedString()]
            .joined(separator: "$")
    }
}

/// Why a stored PIN hash cannot be read.
public enum PINHashFormatError: LocalizedError, Sendable, Equatable {
    case wrongFieldCount(Int)
    case unknownAlgorithm(String)
    case badRounds(String)
    case badSalt
    case badHash

    public var errorDescription: String? {
        let what =
            switch self {
            case .wrongFieldCount(let n): "it has \(n) $-separated fields instead of 4"
            case .unknownAlgorithm(let name): "its algorithm \"\(name)\" is not \(PINHashFormat.algorithm)"
            case .badRounds(let rounds): "its round count \"\(rounds)\" is not in \(PINHashFormat.roundsRange)"
            case .badSalt: "its salt is not base64 of at least 8 bytes"
            case .badHash: "its hash is not base64 of at least 16 bytes"
            }
        return "the stored PIN hash cannot be read: \(what). Set a new PIN for this person."
    }
}
