import Foundation
import Testing
@testable import PanduShell

/// readline's history is one per process, so these run one at a time.
@Suite("readline history files", .serialized)
struct ReadlineLineReaderTests {
    private let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("pandu-history-\(UUID().uuidString)")

    private func file(_ name: String) -> URL {
        folder.appendingPathComponent("agents").appendingPathComponent(name)
    }

    private func lines(of url: URL) throws -> [String] {
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    @Test("each entry reaches the agent's file at once, in a private file")
    func appendsImmediately() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let reader = ReadlineLineReader(historyFile: file("1001.history"))
        reader.addHistory("status")
        reader.addHistory("flow start 147-complaint")
        #expect(try lines(of: file("1001.history")) == ["status", "flow start 147-complaint"])
        let attributes = try FileManager.default.attributesOfItem(atPath: file("1001.history").path)
        #expect(attributes[.posixPermissions] as? Int == 0o600)
    }

    @Test("blank lines and repeats of the last entry are not kept; newlines are flattened")
    func skipsNoise() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let reader = ReadlineLineReader(historyFile: file("1002.history"))
        for line in ["help", "help", "   ", "", "aux break", "help", "two\nlines"] {
            reader.addHistory(line)
        }
        #expect(reader.historyEntries == ["help", "aux break", "help", "two lines"])
        #expect(try lines(of: file("1002.history")) == ["help", "aux break", "help", "two lines"])
    }

    @Test("a new reader recalls the lines of the last one")
    func persistsAcrossSessions() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            let first = ReadlineLineReader(historyFile: file("1003.history"))
            first.addHistory("ready")
            first.saveHistory()
        }
        let second = ReadlineLineReader(historyFile: file("1003.history"))
        #expect(second.historyEntries == ["ready"])
    }

    @Test("switching agent drops the lines in memory and loads the new agent's file")
    func switchesAgent() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let agents = file("x").deletingLastPathComponent()
        try FileManager.default.createDirectory(at: agents, withIntermediateDirectories: true)
        try "old one\nold two\n".write(to: file("1005.history"), atomically: true, encoding: .utf8)
        let reader = ReadlineLineReader(historyFile: nil)
        reader.addHistory("login 1005")
        reader.setHistoryFile(file("1005.history"))
        #expect(reader.historyFile == file("1005.history"))
        #expect(reader.historyEntries == ["old one", "old two"])
        reader.addHistory("ready")
        reader.setHistoryFile(file("1006.history"))
        #expect(reader.historyEntries.isEmpty)
        #expect(try lines(of: file("1005.history")) == ["old one", "old two", "ready"])
    }

    @Test("history is capped in memory and in the file")
    func capped() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let reader = ReadlineLineReader(historyFile: file("1007.history"), historyLimit: 3)
        for number in 1...5 {
            reader.addHistory("line \(number)")
        }
        #expect(reader.historyEntries == ["line 3", "line 4", "line 5"])
        reader.saveHistory()
        #expect(try lines(of: file("1007.history")) == ["line 3", "line 4", "line 5"])
    }

    @Test("an unwritable history file keeps history in memory without failing")
    func unwritableFile() {
        let reader = ReadlineLineReader(historyFile: URL(fileURLWithPath: "/proc/pandu-cannot-write/h"))
        reader.addHistory("still works")
        reader.saveHistory()
        #expect(reader.historyEntries == ["still works"])
    }

    @Test("the completion provider can be set, replaced and cleared")
    func completionProvider() {
        let reader = ReadlineLineReader()
        #expect(reader.completion == nil)
        reader.completion = { _ in ["help"] }
        #expect(reader.completion?(CompletionRequest(line: "", word: "", wordStart: 0)) == ["help"])
        reader.completion = nil
        #expect(reader.completion == nil)
    }
}
