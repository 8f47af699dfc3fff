import Foundation

/// The login `pandu login` leaves for later one-shot commands; expires after a shift.
public struct SavedLogin: Codable, Equatable, Sendable {
    public var code: String
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

    /// Writes it, readable by its owner only from the first byte (the token is a secret): a private
    /// temporary file renamed over the old one.
    public func save(environment: [String: String]) throws {
        let url = Self.file(environment: environment)
        let files = FileManager.default
        try files.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .secondsSince1970
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".login-\(UUID().uuidString).json")
        do {
            try Self.writePrivately(try encoder.encode(self), to: temporary)
            guard rename(temporary.path, url.path) == 0 else { throw Self.posixFailure(url) }
        } catch {
            try? files.removeItem(at: temporary)
            throw error
        }
    }

    /// Creates `url` with mode 0600 (never wider, whatever the umask) and writes `data` into it.
    private static func writePrivately(_ data: Data, to url: URL) throws {
        let fd = open(url.path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard fd >= 0 else { throw posixFailure(url) }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        try handle.write(contentsOf: data)
        try handle.close()
    }

    /// The failed system call's `errno` as a write error naming the file.
    private static func posixFailure(_ url: URL) -> Error {
        let cause = POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        return CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path, NSUnderlyingErrorKey: cause])
    }

    /// Removes the saved login.
    public static func remove(environment: [String: String]) {
        try? FileManager.default.removeItem(at: file(environment: environment))
    }
}
