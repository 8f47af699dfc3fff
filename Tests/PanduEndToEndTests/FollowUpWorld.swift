import Foundation
import Testing

/// Helpers for the follow-up end-to-end tests: a Tier 2 agent and a data-entry person beside the demo
/// team, JSON decoding, and a snapshot of every follow-up record to prove a refusal wrote nothing.
extension TestWorld {
    /// Adds 1003 (Tier 2 agent, team T2) and 4001 (data entry).
    func addFollowUpPeople() throws {
        try expectSuccess(
            run(
                [
                    "users", "add", "1003", "--name", "Tono Prasetyo", "--role", "agent", "--team", "T2", "--skills",
                    "147-T2",
                ],
                as: "9000", stdin: "1234\n"))
        try expectSuccess(
            run(
                ["users", "add", "4001", "--name", "Dina Kusuma", "--role", "agent", "--skills", "data-entry"],
                as: "9000", stdin: "1234\n"))
    }

    /// Runs at `time` (site zone) instead of the world's clock.
    @discardableResult
    func run(_ arguments: [String], as code: String, at time: String) throws -> RunResult {
        let saved = now
        now = time
        defer { now = saved }
        return try run(arguments, as: code)
    }

    /// A scripted shell at `time`.
    @discardableResult
    func shell(_ lines: [String], as code: String, at time: String) throws -> RunResult {
        let saved = now
        now = time
        defer { now = saved }
        return try shell(lines, as: code)
    }

    /// `pandu ARGS --format json` as `code`, decoded.
    func json(_ arguments: [String], as code: String = "9000", at time: String? = nil) throws -> Any {
        let result = try run(arguments + ["--format", "json"], as: code, at: time ?? now)
        try expectSuccess(result)
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }

    /// Every callback, escalation and correction with its history, as the admin sees them.
    func followUpSnapshot() throws -> String {
        var text = ""
        for arguments in [
            ["callbacks", "list", "--all", "--format", "json"], ["escalations", "list", "--all", "--format", "json"],
            ["dir", "corrections", "list", "--all", "--format", "json"],
        ] {
            text += try run(arguments, as: "9000").stdout
        }
        for id in 1...3 {
            text += try run(["callbacks", "show", String(id), "--format", "json"], as: "9000").stdout
            text += try run(["escalations", "show", String(id), "--format", "json"], as: "9000").stdout
        }
        return text
    }
}
