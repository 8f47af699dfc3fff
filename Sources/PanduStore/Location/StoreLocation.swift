import Foundation

/// Where the store is: `--store`, else `PANDU_STORE`, else the XDG data folder. Resolving never fails;
/// a value that cannot be used is kept as `.invalid` and reported by `StoreFactory.open`, which is where
/// a command can say so with the right exit code.
public struct StoreLocation: Sendable, Hashable, CustomStringConvertible {
    /// Which backend the location names.
    public enum Backend: Sendable, Hashable {
        case sqlite(path: String)
        case postgres(url: String)
        case invalid(value: String, reason: String)
    }

    /// Where the value came from, for messages.
    public enum Source: String, Sendable, Hashable {
        case option = "--store"
        case environment = "PANDU_STORE"
        case defaultLocation = "the default location"
    }

    public var backend: Backend
    public var source: Source

    /// A location from its parts.
    public init(backend: Backend, source: Source) {
        self.backend = backend
        self.source = source
    }

    /// Applies the rules to an explicit `--store` value and the environment. `currentDirectory` anchors
    /// relative paths (the process's own when nil).
    public static func resolve(
        option: String?, environment: [String: String], currentDirectory: String? = nil
    ) -> StoreLocation {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        let cwd = currentDirectory ?? FileManager.default.currentDirectoryPath
        if let option {
            return StoreLocation(backend: parse(option, home: home, cwd: cwd), source: .option)
        }
        if let value = environment["PANDU_STORE"], !value.isEmpty {
            return StoreLocation(backend: parse(value, home: home, cwd: cwd), source: .environment)
        }
        return StoreLocation(backend: .sqlite(path: defaultPath(environment: environment, home: home)),
                             source: .defaultLocation)
    }

    /// `$XDG_DATA_HOME/pandu/pandu.sqlite`, or `~/.local/share/pandu/pandu.sqlite` when that is unset or
    /// relative (the XDG spec says to ignore relative values).
    public static func defaultPath(environment: [String: String], home: String) -> String {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg).appendingPathComponent("pandu/pandu.sqlite").path
        }
        return URL(fileURLWithPath: home).appendingPathComponent(".local/share/pandu/pandu.sqlite").path
    }

    /// The location as people and saved logins name it; a PostgreSQL password is never shown.
    public var description: String {
        switch backend {
        case .sqlite(let path): path
        case .postgres(let url): Self.redacted(url)
        case .invalid(let value, _): value
        }
    }
}
