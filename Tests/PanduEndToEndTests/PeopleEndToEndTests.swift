import Foundation
import Testing

/// `roster import` (all or nothing, bad rows named), `roster show`, and `people` from ACD member lines and
/// shell states, through the real binary.
@Suite struct PeopleEndToEndTests {
    static let header = "agent,date,shift_start,shift_end,breaks,aux_allowance_minutes,position\n"
    static let good =
        header + "1001,2026-11-21,08:00,16:00,12:00-13:00,30,147-T1\n1002,2026-11-21,08:00,16:00,12:00-13:00,,108\n"

    static func write(_ text: String, _ name: String, _ world: TestWorld) throws -> String {
        let url = world.folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    static func json(_ r: RunResult) throws -> [[String: Any]] {
        try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]] ?? []
    }

    @Test func badRosterRowsAreNamedAndNothingIsKept() throws {
        let world = try TestWorld()
        let bad = try Self.write(
            Self.header + "1001,2026-11-21,08:00,16:00,12:00-13:00,30,147-T1\n9999,2026-11-21,08:00,16:00,,,\n"
                + "1002,2026-13-01,08:00,16:00,,,\n1002,2026-11-21,25:00,16:00,,,\n"
                + "1002,2026-11-22,08:00,16:00,17:00-18:00,,\n1002,2026-11-23,08:00,16:00,,lots,\n",
            "bad.csv", world)
        let r = try world.run(["roster", "import", bad], as: "9000")
        #expect(r.exitCode == 64)
        for fragment in [
            ":3: field agent: \"9999\"", ":4: field date: \"2026-13-01\"", ":5: field shift_start: \"25:00\"",
            ":6: field breaks: \"17:00-18:00\"", ":7: field aux_allowance_minutes: \"lots\"",
        ] {
            #expect(r.stderr.contains(fragment), "\(fragment) in \(r.stderr)")
        }
        let shown = try world.run(["roster", "show", "--date", "2026-11-21", "--format", "json"], as: "9000")
        try world.expectSuccess(shown)
        #expect(try Self.json(shown).isEmpty)
        #expect(try world.run(["roster", "import", bad], as: "1001").exitCode == 1)
    }

    @Test func rosterReimportReplacesThatAgentAndDay() throws {
        let world = try TestWorld()
        try world.expectSuccess(
            try world.run(["roster", "import", try Self.write(Self.good, "r.csv", world)], as: "9000"))
        let fix = try Self.write(Self.header + "1001,2026-11-21,09:00,17:00,,,147-T1\n", "fix.csv", world)
        try world.expectSuccess(try world.run(["roster", "import", fix], as: "9000"))
        let rows = try Self.json(
            try world.run(["roster", "show", "--date", "2026-11-21", "--format", "json"], as: "2001"))
        #expect(rows.count == 2)
        let r1001 = rows.first { $0["agent"] as? String == "1001" }
        #expect(r1001?["shift_start"] as? String == "09:00")
        #expect(r1001?["breaks"] as? String == "")
        #expect(rows.first { $0["agent"] as? String == "1002" }?["aux_allowance_minutes"] as? String == "60")
    }

    @Test func peopleFromACDAndShell() throws {
        let world = try TestWorld()
        try world.expectSuccess(
            try world.run(["roster", "import", try Self.write(Self.good, "r.csv", world)], as: "9000"))
        try world.expectSuccess(try world.run(["acd", "map", "SIP/1001", "1001"], as: "9000"))
        try world.expectSuccess(try world.run(["acd", "map", "Rina", "1001"], as: "9000"))
        // 08:10 login (late), 09:00-09:20 toilet (the ACD logs it "WC", aux-reasons.yaml maps it), 15:30
        // logout (early); WIB = UTC+7.
        let t = 1_795_222_800
        let log = """
            \(t + 600)|MANAGER|147|SIP/1001|ADDMEMBER|
            \(t + 600)|NONE|147|Rina|UNPAUSE|
            \(t + 3600)|NONE|147|Rina|PAUSE|WC
            \(t + 4800)|NONE|147|Rina|UNPAUSE|
            \(t + 27000)|MANAGER|147|SIP/1001|REMOVEMEMBER|

            """
        try world.expectSuccess(try world.run(["acd", "import", try Self.write(log, "q.log", world)], as: "9000"))
        world.now = "2026-11-21T09:00"
        try world.expectSuccess(try world.shell(["ready", "logout"], as: "2001"))
        world.now = "2026-11-21T17:00"
        let r = try world.run(["people", "--date", "2026-11-21", "--format", "json"], as: "2001")
        try world.expectSuccess(r)
        let rows = try Self.json(r)
        let rina = try #require(rows.first { $0["agent"] as? String == "1001" })
        #expect(rina["attendance"] as? String == "present")
        #expect(rina["first_login"] as? String == "08:10")
        #expect(rina["login_delay_minutes"] as? Double == 10)
        #expect(rina["late"] as? Bool == true)
        #expect(rina["last_logout"] as? String == "15:30")
        #expect(rina["early_logout_minutes"] as? Double == 30)
        #expect(rina["early_logout"] as? Bool == true)
        #expect(rina["logged_in_minutes"] as? Double == 440)
        #expect(rina["aux_minutes"] as? Double == 20)
        #expect((rina["aux_by_reason"] as? [String: Double]) == ["toilet": 20])
        #expect(rina["aux_percent"] as? Double == 4.5)
        #expect(rina["aux_over_allowance"] as? Bool == false)
        #expect((rina["aux_reasons_over_allowance"] as? [String]) == ["toilet"])
        #expect(rina["adherence_percent"] as? Double == 75)
        #expect(rina["conformance_percent"] as? Double == 100)
        #expect(rina["source"] as? String == "acd")
        let budi = try #require(rows.first { $0["agent"] as? String == "1002" })
        #expect(budi["attendance"] as? String == "absent")
        let tl = try #require(rows.first { $0["agent"] as? String == "2001" })
        #expect(tl["attendance"] as? String == "not_on_roster")
        #expect(tl["source"] as? String == "shell")
        let text = try world.run(["people", "--date", "2026-11-21"], as: "2001")
        #expect(text.stdout.contains("not_on_roster"))
        #expect(try world.run(["people"], as: "1001").exitCode == 1)
    }
}
