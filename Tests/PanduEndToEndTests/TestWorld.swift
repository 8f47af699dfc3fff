import Foundation
import Testing

/// A throwaway home for one end-to-end test: its own store, state folder and history, the repository's
/// knowledge, a fixed start time, and a demo team (admin 9000, agents 1001 / 1002, TL 2001, QC 3001).
final class TestWorld {
    let folder: URL
    let runner: BinaryRunner
    /// 2026-11-21 08:00 WIB unless a test says otherwise.
    var now = "2026-11-21T08:00"

    static var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    init(people: Bool = true) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("pandu-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        runner = try BinaryRunner.pandu()
        if people { try addTeam() }
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// The environment every run gets; `as` logs the run in as that person (PIN 1234).
    func environment(as code: String? = nil, extra: [String: String] = [:]) -> [String: String] {
        var env = [
            "HOME": folder.path, "XDG_STATE_HOME": folder.appendingPathComponent("state").path,
            "PANDU_STORE": folder.appendingPathComponent("pandu.sqlite").path,
            "PANDU_KNOWLEDGE": Self.repository.appendingPathComponent("knowledge").path,
            "PANDU_PIN_ROUNDS": "1000", "PANDU_NOW": now,
        ]
        if let code {
            env["PANDU_USER"] = code
            env["PANDU_PIN"] = "1234"
        }
        return env.merging(extra) { $1 }
    }

    /// Runs `pandu ARGS` with `stdin`.
    @discardableResult
    func run(_ arguments: [String], as code: String? = nil, stdin: String = "", extra: [String: String] = [:]) throws
        -> RunResult
    {
        try runner.run(arguments, environment: environment(as: code, extra: extra), stdin: stdin, timeout: .seconds(60))
    }

    /// Runs a scripted shell: each line a command.
    @discardableResult
    func shell(_ lines: [String], as code: String? = nil, extra: [String: String] = [:]) throws -> RunResult {
        try run([], as: code, stdin: lines.joined(separator: "\n") + "\n", extra: extra)
    }

    func addTeam() throws {
        try expectSuccess(run(["users", "add", "9000", "--name", "Admin Pandu", "--role", "admin"], stdin: "1234\n"))
        let team: [[String]] = [
            ["1001", "--name", "Rina Wulandari", "--role", "agent", "--online-name", "Rina", "--team", "T1"],
            ["1002", "--name", "Budi Santoso", "--role", "agent", "--online-name", "Budi", "--team", "T2"],
            ["2001", "--name", "Dewi Anggraini", "--role", "tl", "--team", "T1"],
            ["3001", "--name", "Lestari Handayani", "--role", "qc"],
        ]
        for person in team {
            try expectSuccess(run(["users", "add"] + person, as: "9000", stdin: "1234\n"))
        }
    }

    /// Fails the test with the run's output unless it exited 0.
    func expectSuccess(_ result: RunResult, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(result.exitCode == 0, "stdout:\n\(result.stdout)\nstderr:\n\(result.stderr)", sourceLocation: sourceLocation)
    }

    /// The id of the newest session in the store.
    func lastSessionID(as code: String = "9000") throws -> String {
        let list = try run(["sessions", "list", "--format", "csv"], as: code)
        let rows = list.stdout.split(whereSeparator: \.isNewline).dropFirst()
        return String(rows.first?.split(separator: ",").first ?? "")
    }

    /// `sessions show ID --format json`, decoded.
    func sessionJSON(_ id: String, as code: String = "9000") throws -> [String: Any] {
        let shown = try run(["sessions", "show", id, "--format", "json"], as: code)
        try expectSuccess(shown)
        return try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any] ?? [:]
    }
}
