import Foundation
import Testing

/// `pandu monitor`, `pandu report` and `pandu serve` driven through the real binary.
@Suite struct LiveMonitoringTests {
    /// A world where agent 1001 logged in at 08:00, went ready and is on a 108 contact (left open).
    static func busyWorld() throws -> TestWorld {
        let world = try TestWorld()
        _ = try world.shell(["ready", "start 108"], as: "1001")
        world.now = "2026-11-21T08:10"
        return world
    }

    @Test func monitorWithoutTerminalPrintsOnePlainSnapshot() throws {
        let world = try Self.busyWorld()
        let result = try world.run(["monitor"], as: "9000")
        try world.expectSuccess(result)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count <= 24)
        #expect(lines.allSatisfy { $0.count <= 80 })
        #expect(!result.stdout.contains("\u{1B}"), "no escape codes when not a terminal")
        #expect(result.stdout.contains("Pandu monitor  2026-11-21 08:10"))
        #expect(result.stdout.contains("147"))
        #expect(result.stdout.contains("1001      Rina Wulandari"))
        #expect(result.stdout.contains("on_contact"))
        let contact = lines.first { $0.contains("on_contact") } ?? ""
        #expect(
            contact.hasSuffix(" 9:59") || contact.hasSuffix("10:00") || contact.hasSuffix(" 9:58"),
            "about ten minutes on the contact (the shell took a moment to start it): \(contact)")
    }

    @Test func monitorIsForDeskControl() throws {
        let world = try TestWorld()
        let result = try world.run(["monitor", "--once"], as: "1001")
        #expect(result.exitCode == 1)
        #expect(result.stdout.isEmpty)
    }

    @Test func monitorDrawsInATerminalAndQuitsOnQ() throws {
        let world = try Self.busyWorld()
        let terminal = try PseudoTerminal.pandu(
            ["monitor", "--every", "1"],
            environment: world.environment(as: "9000", extra: ["TERM": "xterm"]))
        try terminal.expect("\u{1B}[?1049h", timeout: .seconds(30))
        try terminal.expect("Pandu monitor")
        try terminal.expect("147")
        try terminal.expect("Rina Wulandari")
        try terminal.send("q")
        let status = try terminal.finish(timeout: .seconds(15))
        #expect(status == .exited(0))
        let transcript = terminal.transcript
        let restored = try #require(transcript.range(of: "\u{1B}[?1049l", options: .backwards))
        #expect(transcript.contains("\u{1B}[?25l"), "cursor hidden while drawing")
        #expect(
            transcript[..<restored.lowerBound].contains("\u{1B}[?25h"),
            "cursor shown again before leaving")
        #expect(
            transcript[restored.upperBound...].trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
    }

    @Test func monitorQuitsOnCtrlCAndRestoresTheTerminal() throws {
        let world = try Self.busyWorld()
        let terminal = try PseudoTerminal.pandu(
            ["monitor", "--every", "1"],
            environment: world.environment(as: "9000", extra: ["NO_COLOR": "1"]))
        try terminal.expect("Rina Wulandari", timeout: .seconds(30))
        try terminal.sendControl("c")
        #expect(try terminal.finish(timeout: .seconds(15)) == .exited(0))
        #expect(terminal.transcript.hasSuffix("\u{1B}[?1049l"))
        #expect(!terminal.transcript.contains("\u{1B}[32m"), "NO_COLOR: no colour")
    }

    @Test func monitorRedrawsAtTheNewSizeWhenTheTerminalIsResized() throws {
        let world = try Self.busyWorld()
        let terminal = try PseudoTerminal.pandu(
            ["monitor", "--every", "600"],
            environment: world.environment(as: "9000", extra: ["PANDU_LANG": "en"]))
        try terminal.expect("interval 08:00 - 08:15", timeout: .seconds(30))
        try terminal.expect("refreshes by itself")
        try terminal.resize(columns: 40, rows: 12)
        // Only SIGWINCH can redraw before the 600 s timer: the header, cut to 40 columns, ends in "…".
        try terminal.expect("Pandu monitor  2026-11-21 08:10:", timeout: .seconds(15))
        try terminal.expect("…")
        try terminal.send("q")
        #expect(try terminal.finish(timeout: .seconds(15)) == .exited(0))
    }
}
