import CReadline
import Foundation

/// readline's in-memory history, tied to an optional history file of the agent on shift.
///
/// Each entry is appended to the file as it is added, so a crash or a killed terminal loses
/// nothing, and two shells of one agent do not overwrite each other's lines.
struct ReadlineHistory {
    /// The most entries kept in memory and in the file.
    let limit: Int32
    /// The file entries are appended to; nil keeps history in memory only (e.g. before login).
    private(set) var file: URL?

    /// Starts an empty, capped in-memory history with no file.
    init(limit: Int) {
        self.limit = Int32(clamping: max(limit, 1))
        using_history()
        stifle_history(self.limit)
    }

    /// Caps the old file, then replaces the in-memory history with the new file's last entries.
    ///
    /// Lines typed before the switch are dropped, so one agent's lines never reach another's file.
    mutating func switchTo(_ url: URL?) {
        save()
        clear_history()
        file = url
        guard let path = url?.path, Self.prepare(path) else { return }
        read_history(path)
        history_truncate_file(path, limit)
    }

    /// Adds a line unless it is blank or repeats the previous entry.
    func add(_ line: String) {
        guard let entry = Self.entry(for: line), entry != Self.lastEntry else { return }
        add_history(entry)
        if let path = file?.path { append_history(1, path) }
    }

    /// Trims the file to the newest `limit` entries.
    func save() {
        if let path = file?.path { history_truncate_file(path, limit) }
    }

    /// The entries in memory, oldest first.
    var entries: [String] {
        guard let list = history_list() else { return [] }
        return (0..<Int(rlshim_history_length())).compactMap { index in
            list[index].map { String(cString: $0.pointee.line) }
        }
    }

    /// The history entry for a line: one physical line (the file has one entry per line), or nil
    /// when there is nothing worth recalling.
    static func entry(for line: String) -> String? {
        let flattened = String(line.map { $0.isNewline ? " " : $0 })
        return flattened.allSatisfy(\.isWhitespace) ? nil : flattened
    }

    /// The newest entry in memory.
    private static var lastEntry: String? {
        rlshim_last_history_line().map { String(cString: $0) }
    }

    /// Creates the file's folder (0700) and the file itself (0600: it holds what agents typed).
    /// readline's append needs the file to exist.
    private static func prepare(_ path: String) -> Bool {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        try? FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return false }
        close(descriptor)
        return true
    }
}
