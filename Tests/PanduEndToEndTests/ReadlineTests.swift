import Foundation
import Testing

/// The readline experience in a real pseudo-terminal: completion, history, Ctrl-C and Ctrl-D.
@Suite struct ReadlineTests {
    @Test func loginPromptThenTabCompletesAFlowId() throws {
        let world = try TestWorld()
        let terminal = try PseudoTerminal(executable: world.runner.executable, environment: world.environment())
        _ = try terminal.expect("Kode login:")
        try terminal.sendLine("1001")
        _ = try terminal.expect("PIN:")
        try terminal.sendLine("1234")
        _ = try terminal.expect("belum-siap")
        _ = try terminal.expect("]>")
        try terminal.send("start 147-c")
        try terminal.sendTab()
        try terminal.sendLine("")
        let screen = try terminal.expect("greeting>")
        #expect(screen.contains("147 Tier 1"), "Tab completed 147-c to 147-complaint")
        #expect(!terminal.transcript.contains("1234"), "the PIN is never echoed")
    }

    @Test func upArrowRecallsHistoryAcrossRuns() throws {
        let world = try TestWorld()
        do {
            let first = try PseudoTerminal(executable: world.runner.executable, environment: world.environment(as: "1001"))
            _ = try first.expect("]>")
            try first.sendLine("kb isolir")
            _ = try first.expect("]>")
            try first.sendControl("D")
            _ = try first.expect("(y/n)")
            try first.sendLine("y")
            _ = try first.finish()
        }
        let second = try PseudoTerminal(executable: world.runner.executable, environment: world.environment(as: "1001"))
        _ = try second.expect("]>")
        try second.sendUpArrow()
        try second.sendLine("")
        let screen = try second.expect("]>")
        #expect(screen.contains("kb isolir"), "the up arrow recalled the agent's own history")
        #expect(screen.lowercased().contains("isolir"))
    }

    @Test func ctrlCCancelsTheLineAndCtrlDAsksBeforeLoggingOut() throws {
        let world = try TestWorld()
        let terminal = try PseudoTerminal(executable: world.runner.executable, environment: world.environment(as: "1001"))
        _ = try terminal.expect("]>")
        try terminal.send("frobnicate")
        // Wait for readline's echo: a Ctrl-C typed before readline has the terminal in raw mode would be
        // the kernel's SIGINT with the typed-ahead text flushed, which is not what this test is about.
        _ = try terminal.expect("frobnicate")
        try terminal.sendControl("C")
        _ = try terminal.expect("]>")
        try terminal.sendLine("status")
        let status = try terminal.expect("]>")
        #expect(status.contains("Rina Wulandari (1001)"))
        #expect(!status.contains("frobnicate"), "Ctrl-C dropped the half-typed line")
        try terminal.sendControl("D")
        _ = try terminal.expect("(y/n)")
        try terminal.sendLine("n")
        _ = try terminal.expect("]>")
        try terminal.sendControl("D")
        _ = try terminal.expect("(y/n)")
        try terminal.sendLine("y")
        #expect(try terminal.finish() == .exited(0))
    }
}
