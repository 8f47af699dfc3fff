import Foundation
import Testing

/// A kill -9 in the middle of a contact loses nothing that was entered; the next login resumes it.
@Suite struct CrashResumeTests {
    @Test func killedMidContactThenResumed() throws {
        let world = try TestWorld()
        let terminal = try PseudoTerminal(
            executable: world.runner.executable, environment: world.environment(as: "1001"))
        _ = try terminal.expect("]>")
        try terminal.sendLine("start 147-complaint")
        _ = try terminal.expect("greeting>")
        try terminal.sendLine("Selamat pagi, Telkom 147, dengan Rina. Ada yang bisa saya bantu?")
        _ = try terminal.expect("greeting>")
        try terminal.sendLine("next")
        _ = try terminal.expect("name>")
        try terminal.sendLine("set customer_name Budi Hartono")
        _ = try terminal.expect("name>")
        try terminal.sendLine("hold")
        _ = try terminal.expect("(HOLD)>")
        terminal.killNow()

        let listed = try world.run(["sessions", "list", "--status", "open", "--format", "csv"], as: "1001")
        #expect(listed.stdout.contains("147-complaint"))
        let resumed = try world.shell(["resume", "status", "unhold", "next", "status"], as: "1001")
        #expect(resumed.stdout.contains("masih terbuka"), "the next login offers the open contact")
        #expect(resumed.stdout.contains("dilanjutkan (1 isian, 1 giliran tercatat)"))
        #expect(resumed.stdout.contains("customer_name = Budi Hartono"))
        #expect(resumed.stdout.contains("langkah complaint"))
        let id = try world.lastSessionID()
        let events = try world.sessionJSON(id)["events"] as? [[String: Any]] ?? []
        let types = events.compactMap { $0["type"] as? String }
        #expect(types.contains("utterance"))
        #expect(types.contains("session_resumed"))
        #expect(types.filter { $0 == "hold_ended" }.count == 1)
    }

    @Test func anInterruptedContactCanBeClosedAsInterrupted() throws {
        let world = try TestWorld()
        try world.shell(["start 108", "set entity RSUD"], as: "1001")
        let closed = try world.shell(["abandon", "start 108"], as: "1001")
        #expect(closed.stdout.contains("ditutup sebagai terputus"))
        let list = try world.run(["sessions", "list", "--format", "csv"], as: "1001")
        #expect(list.stdout.contains("interrupted"))
    }
}
