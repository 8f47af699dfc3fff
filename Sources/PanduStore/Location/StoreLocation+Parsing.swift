import Foundation

/// Reading a `--store` / `PANDU_STORE` value.
extension StoreLocation {
    /// The backend a value names: `postgres://…` / `postgresql://…`, another `scheme://` (invalid), or a
    /// file path (`~/` expanded, relative paths anchored at `cwd`).
    static func parse(_ value: String, home: String, cwd: String) -> Backend {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return .invalid(value: value, reason: "it is empty") }
        if let scheme = scheme(of: trimmed) {
            if scheme == "postgres" || scheme == "postgresql" { return .postgres(url: trimmed) }
            if scheme == "file" { return .sqlite(path: fileURLPath(trimmed)) }
            return .invalid(value: redacted(trimmed), reason: "\"\(scheme)://\" is not a store Pandu knows")
        }
        guard !trimmed.contains("\0") else { return .invalid(value: value, reason: "it contains a NUL byte") }
        if trimmed.hasSuffix("/") { return .invalid(value: trimmed, reason: "it names a folder, not a file") }
        return .sqlite(path: absolute(trimmed, home: home, cwd: cwd))
    }

    /// The lower-cased scheme of `scheme://rest`, if the value has one.
    static func scheme(of value: String) -> String? {
        guard let range = value.range(of: "://") else { return nil }
        let scheme = value[..<range.lowerBound]
        let allowed = CharacterSet.letters.union(.decimalDigits).union(CharacterSet(charactersIn: "+.-"))
        guard let first = scheme.unicodeScalars.first, CharacterSet.letters.contains(first),
            scheme.unicodeScalars.allSatisfy(allowed.contains)
        else { return nil }
        return scheme.lowercased()
    }

    /// `url` with any password replaced by `***`.
    static func redacted(_ url: String) -> String {
        guard let schemeEnd = url.range(of: "://"), let at = url.range(of: "@", range: schemeEnd.upperBound..<url.endIndex),
            let colon = url.range(of: ":", range: schemeEnd.upperBound..<at.lowerBound)
        else { return url }
        return String(url[..<colon.upperBound]) + "***" + String(url[at.lowerBound...])
    }

    private static func fileURLPath(_ value: String) -> String {
        URL(string: value)?.path ?? String(value.dropFirst("file://".count))
    }

    private static func absolute(_ path: String, home: String, cwd: String) -> String {
        if path == "~" || path.hasPrefix("~/") {
            return URL(fileURLWithPath: home).appendingPathComponent(String(path.dropFirst(2))).standardizedFileURL.path
        }
        if path.hasPrefix("/") { return URL(fileURLWithPath: path).standardizedFileURL.path }
        return URL(fileURLWithPath: cwd).appendingPathComponent(path).standardizedFileURL.path
    }
}
