import Foundation
import Testing

/// The one-shot commands: help, identity, permissions, knowledge check.
@Suite struct CommandLineTests {
    @Test func helpListsEveryCommandWithADescription() throws {
        let world = try TestWorld(people: false)
        let help = try world.run(["--help"])
        for command in ["shell", "users", "login", "logout", "sessions", "kb", "dir", "knowledge", "qc"] {
            #expect(help.stdout.contains("  \(command) "), "pandu --help lists \(command)")
        }
        try world.addTeam()
        let inShell = try world.shell(["help"], as: "1001")
        for command in [
            "login", "ready", "aux", "start", "say", "set", "next", "back", "hold", "unhold", "kb", "dir",
            "note", "ticket", "escalate", "callback", "transfer", "close", "status", "history", "help", "users",
            "sessions",
        ] {
            #expect(inShell.stdout.contains("\n  \(command)"), "help in the shell lists \(command)")
        }
    }

    @Test func theFirstPersonMustBeAnAdminAndLaterOnesNeedAnAdmin() throws {
        let world = try TestWorld(people: false)
        let agentFirst = try world.run(["users", "add", "1001", "--name", "Rina", "--role", "agent"], stdin: "1234\n")
        #expect(agentFirst.exitCode == 64)
        #expect(agentFirst.stderr.contains("harus admin"))
        try world.expectSuccess(
            world.run(["users", "add", "9000", "--name", "Admin", "--role", "admin"], stdin: "1234\n"))
        let anonymous = try world.run(["users", "add", "1001", "--name", "Rina", "--role", "agent"], stdin: "1234\n")
        #expect(anonymous.exitCode == 1)
        #expect(anonymous.stderr.contains("PANDU_USER"))
        try world.expectSuccess(
            world.run(["users", "add", "1001", "--name", "Rina", "--role", "agent"], as: "9000", stdin: "1234\n"))
        let byAgent = try world.run(["users", "list"], as: "1001")
        #expect(byAgent.exitCode == 1)
        #expect(byAgent.stderr.contains("perlu peran admin"))
    }

    @Test func aSavedLoginActsForLaterCommandsUntilLogout() throws {
        let world = try TestWorld()
        try world.expectSuccess(world.run(["login", "9000"], stdin: "1234\n"))
        try world.expectSuccess(world.run(["users", "list"]))
        try world.expectSuccess(world.run(["logout"]))
        #expect(try world.run(["users", "list"]).exitCode == 1)
        let wrong = try world.run(["login", "9000"], stdin: "9999\n")
        #expect(wrong.exitCode == 1)
        #expect(wrong.stderr.contains("PIN salah"))
    }

    @Test func aSavedLoginCannotBeMadeFromTheStoreAndEndsWithLogoutOrANewPIN() throws {
        let world = try TestWorld()
        let file = world.folder.appendingPathComponent("state/pandu/login.json")
        try world.expectSuccess(world.run(["login", "1001"], stdin: "1234\n"))
        let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let saved = try Data(contentsOf: file)
        // What session 3 accepted: a hash of facts anyone who reads the store knows.
        var forged = try #require(try JSONSerialization.jsonObject(with: saved) as? [String: Any])
        forged["token"] = String(repeating: "ab", count: 32)
        try JSONSerialization.data(withJSONObject: forged).write(to: file)
        #expect(try world.run(["sessions", "list"]).exitCode == 1, "a token the store never issued")
        try saved.write(to: file)
        try world.expectSuccess(world.run(["sessions", "list"]))
        try world.expectSuccess(world.run(["logout"]))
        try saved.write(to: file)
        #expect(try world.run(["sessions", "list"]).exitCode == 1, "a copy kept from before logout")
        try world.expectSuccess(world.run(["login", "1001"], stdin: "1234\n"))
        try world.expectSuccess(world.run(["users", "set-pin", "1001"], as: "9000", stdin: "5678\n5678\n"))
        #expect(try world.run(["sessions", "list"]).exitCode == 1, "the PIN changed since the login")
    }

    @Test func anAgentSeesOnlyTheirOwnSessions() throws {
        let world = try TestWorld()
        try world.shell(["start 108", "close blank-call"], as: "1001")
        try world.shell(["start 108", "close blank-call"], as: "1002")
        let own = try world.run(["sessions", "list", "--format", "csv"], as: "1001")
        #expect(own.stdout.split(whereSeparator: \.isNewline).count == 2)
        let other = try world.run(["sessions", "list", "--agent", "1002"], as: "1001")
        #expect(other.exitCode == 1)
        let id = try world.lastSessionID()
        let shown = try world.run(["sessions", "show", id], as: "1001")
        #expect(shown.exitCode == 1 || shown.stdout.contains("1001"))
        let tl = try world.run(["sessions", "list", "--format", "csv"], as: "2001")
        #expect(tl.stdout.contains(",1001,") && !tl.stdout.contains(",1002,"), "a TL sees their team only")
    }

    @Test func knowledgeCheckNamesFileLineAndProblem() throws {
        let world = try TestWorld(people: false)
        let copy = world.folder.appendingPathComponent("knowledge")
        try FileManager.default.copyItem(at: TestWorld.repository.appendingPathComponent("knowledge"), to: copy)
        let flow = copy.appendingPathComponent("flows/108.yaml")
        var text = try String(contentsOf: flow, encoding: .utf8)
        text = text.replacingOccurrences(of: "next: confirm}", with: "next: konfirmasi}")
        try text.write(to: flow, atomically: true, encoding: .utf8)
        let clean = try world.run(["knowledge", "check"])
        try world.expectSuccess(clean)
        let broken = try world.run(["knowledge", "check", "--knowledge", copy.path])
        #expect(broken.exitCode == 2)
        #expect(broken.stdout.contains("flows/108.yaml:"))
        #expect(broken.stdout.contains("konfirmasi"))
    }
}
