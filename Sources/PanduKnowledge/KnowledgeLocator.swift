import Foundation

/// Finds the knowledge folder: `--knowledge`, `PANDU_KNOWLEDGE`, a `knowledge/` above the executable,
/// the installed copy, then `./knowledge`.
public struct KnowledgeLocator: Sendable {
    /// The environment variable naming the folder.
    public static let environmentKey = "PANDU_KNOWLEDGE"
    /// Where an installed Pandu keeps its knowledge.
    public static let installedPath = "/usr/local/share/pandu/knowledge"

    /// The folder given with `--knowledge`, if any.
    public var explicitPath: String?
    public var environment: [String: String]
    /// The running executable; its real path (symlinks resolved) is walked up to find `knowledge/`.
    public var executablePath: String?
    /// The directory relative paths are resolved against.
    public var currentDirectory: String
    public var installedPath: String

    /// A locator; the defaults describe the running process.
    public init(
        explicitPath: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        executablePath: String? = Bundle.main.executablePath,
        currentDirectory: String = FileManager.default.currentDirectoryPath,
        installedPath: String = KnowledgeLocator.installedPath
    ) {
        self.explicitPath = explicitPath
        self.environment = environment
        self.executablePath = executablePath
        self.currentDirectory = currentDirectory
        self.installedPath = installedPath
    }

    /// The knowledge folder for `--knowledge` (`explicit`) and `environment`, with the running process's defaults.
    public static func locate(explicit: String?, environment: [String: String]) throws -> URL {
        try KnowledgeLocator(explicitPath: explicit, environment: environment).locate()
    }

    /// The knowledge folder; an explicit or environment path must exist, else every place tried is named.
    public func locate() throws -> URL {
        if let explicit = explicitPath {
            return try existing(explicit, source: "--knowledge")
        }
        if let fromEnvironment = environment[Self.environmentKey], !fromEnvironment.isEmpty {
            return try existing(fromEnvironment, source: Self.environmentKey)
        }
        var tried: [String] = ["--knowledge (not given)", "\(Self.environmentKey) (not set)"]
        if let executable = executablePath.map(Self.realPath) {
            if let found = Self.knowledgeAbove(executable) { return found }
            tried.append("a knowledge/ folder above \(executable)")
        } else {
            tried.append("a knowledge/ folder above the executable (its path is unknown)")
        }
        for path in [installedPath, resolved("knowledge")] {
            if Self.isKnowledgeFolder(path) { return URL(fileURLWithPath: path, isDirectory: true) }
            tried.append(path)
        }
        throw KnowledgeError.missing(
            path: "knowledge folder",
            hint: "Tried: \(tried.joined(separator: "; ")). Pass --knowledge <folder> or set \(Self.environmentKey).")
    }

    /// `path` (relative to the current directory) when it is a directory, else an error naming `source`.
    func existing(_ path: String, source: String) throws -> URL {
        let full = resolved(path)
        guard Self.isDirectory(full) else {
            throw KnowledgeError.missing(
                path: full, hint: "\(source) names a folder that does not exist; give the folder that holds flows/.")
        }
        return URL(fileURLWithPath: full, isDirectory: true)
    }

    /// `path` made absolute against the current directory.
    func resolved(_ path: String) -> String {
        path.hasPrefix("/") ? path : (currentDirectory as NSString).appendingPathComponent(path)
    }

    /// The first `<ancestor>/knowledge` holding `flows/`, walking up from the directory of `executable`.
    static func knowledgeAbove(_ executable: String) -> URL? {
        var directory = URL(fileURLWithPath: executable).deletingLastPathComponent()
        while true {
            let candidate = directory.appendingPathComponent("knowledge", isDirectory: true)
            if isKnowledgeFolder(candidate.path) { return candidate }
            let parent = directory.deletingLastPathComponent()
            if parent.path == directory.path { return nil }
            directory = parent
        }
    }

    /// A directory with a `flows/` folder inside.
    static func isKnowledgeFolder(_ path: String) -> Bool {
        isDirectory(path) && isDirectory((path as NSString).appendingPathComponent("flows"))
    }

    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The path with every symlink resolved (the binary may be linked from /usr/local/bin).
    static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
