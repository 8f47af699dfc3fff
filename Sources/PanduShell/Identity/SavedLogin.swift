import Foundation

/// The login `pandu login` leaves for later one-shot commands; expires after a shift.
public struct SavedLogin: Codable, Equatable, Sendable {
    public var code: String
    public var store: String
    public var expires: Date
    public var token: String

    /// How long a saved login lasts: one shift.
    public static let lifetime: TimeInterval = 9 * 3600

    /// The file it lives in: `$XDG_STATE_HOME/pandu/login.json` or `~/.local/state/pandu/login.json`.
    public static func file(environment: [String: String]) -> URL {
        let base: URL
        if let state = environment["XDG_STATE_HOME"], !state.isEmpty {
            base = URL(fileURLWithPath: state)
        } else {
            let home = environment["HOME"] ?? NSHomeDirectory()
            base = URL(fileURLWithPath: home).appendingPathComponent(".local/state")
        }
        return base.appendingPathComponent("pandu/login.json")
    }

    /// Reads the saved login, if any and readable.
    public static func load(environment: [String: String]) -> SavedLogin? {
        guard let data = try? Data(contentsOf: file(environment: environment)) else { return nil }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        return try? decoder.decode(SavedLogin.self, from: data)
    }

    /// Writes it, readable by its owner only.
    public func save(environment: [String: String]) throws {
        let url = Self.file(environment: environment)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .secondsSince1970
        try encoder.encode(self).write(to: url, options: .atomic)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path)
    }

    /// Removes the saved login.
    public static func remove(environment: [String: String]) {
        try? FileManager.default.removeItem(at: file(environment: environment))
    }
}
