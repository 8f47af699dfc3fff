import Foundation
import Testing

/// `pandu purge`: records past the retention period go, with everything that hangs off them, and nothing
/// that a kept record still refers to; the QC history chain is cut only at its front, and `qc audit` still
/// verifies it from the checkpoint.
@Suite struct PurgeEndToEndTests {
    func record(_ world: TestWorld, at time: String) throws -> String {
        world.now = time
        try world.expectSuccess(world.shell(ReviewQCEndToEndTests.goodContact, as: "1001"))
        return try world.lastSessionID()
    }

    func qc(_ world: TestWorld, _ arguments: [String], at time: String) throws {
        world.now = time
        try world.expectSuccess(world.run(["qc"] + arguments, as: "3001"))
    }

    func sessions(_ world: TestWorld) throws -> Set<String> {
        let list = try world.run(["sessions", "list", "--format", "json", "--limit", "100"], as: "9000")
        try world.expectSuccess(list)
        let rows = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]] ?? []
        return Set(rows.compactMap { $0["id"] as? String })
    }

    @Test func oldRecordsGoUnlessSomethingKeptNeedsThem() throws {
        let world = try TestWorld()
        let gone = try record(world, at: "2023-06-01T08:00")
        try qc(world, ["evaluate", gone, "--submit"], at: "2023-06-01T10:00")  // history line 1
        let chained = try record(world, at: "2023-06-02T08:00")
        try qc(world, ["evaluate", chained, "--submit"], at: "2023-06-02T10:00")  // line 2
        let reviewed = try record(world, at: "2023-06-03T08:00")
        try qc(world, ["evaluate", reviewed, "--submit"], at: "2026-11-20T10:00")  // line 3: recent
        // Line 4 belongs to an old evaluation but comes after line 3: the chain cannot lose it.
        try qc(world, ["release", "2"], at: "2023-06-05T10:00")
        let recent = try record(world, at: "2026-11-20T08:00")
        world.now = "2026-11-21T09:00"
        #expect(try sessions(world) == [gone, chained, reviewed, recent])

        let early = try world.run(["purge", "--before", "2025-06-01"], as: "9000")
        #expect(early.exitCode == 64)
        #expect(early.stderr.contains("2 tahun"), "\(early.stderr)")
        #expect(try world.run(["purge", "--before", "2024-01-01"], as: "2001").exitCode == 1, "admins only")

        let dry = try world.run(["purge", "--before", "2024-01-01", "--dry-run", "--format", "json"], as: "9000")
        try world.expectSuccess(dry)
        #expect(try sessions(world).count == 4, "a dry run keeps everything")
        let result = try world.run(["purge", "--before", "2024-01-01", "--format", "json"], as: "9000")
        try world.expectSuccess(result)
        #expect(result.stdout == dry.stdout, "the dry run counted what the purge removed")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let removed = report["removed"] as? [String: Int] ?? [:]
        #expect(removed["sessions"] == 1)
        #expect(removed["qc_evaluations"] == 1)
        #expect(removed["qc_history"] == 1)
        #expect((removed["events"] ?? 0) > 10, "the contact's events and the 2023 shift events")
        #expect(report["kept_contacts"] as? Int == 2)
        #expect((report["checkpoint"] as? [String: Any])?["seq"] as? Int == 1)

        #expect(try sessions(world) == [chained, reviewed, recent])
        let audit = try world.run(["qc", "audit", "--format", "json"], as: "3001")
        try world.expectSuccess(audit)
        let chain = try JSONSerialization.jsonObject(with: Data(audit.stdout.utf8)) as? [String: Any]
        #expect(chain?["entries"] as? Int == 3, "\(audit.stdout)")
        #expect((chain?["problems"] as? [String])?.isEmpty == true, "the chain verifies from its checkpoint")
        let again = try world.run(["purge", "--before", "2024-01-01", "--format", "json"], as: "9000")
        let second = try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [String: Any]
        #expect((second?["removed"] as? [String: Int])?.isEmpty == true, "nothing left: \(again.stdout)")
    }

    @Test func theACDsOldBucketsGoButNotACallStillGoingOnAtTheCutoff() throws {
        let world = try TestWorld()
        // 2023-06-01 08:00 WIB: a whole call; 2023-12-31 23:59 WIB: a call that only ends after the cutoff
        // (2024-01-01 00:00 WIB); 2026-11-20: a recent call.
        let old = 1_685_581_200
        let straddle = 1_704_041_940
        let recent = 1_795_136_400
        let log = """
            \(old)|a.1|147|NONE|ENTERQUEUE||0811|1
            \(old + 5)|a.1|147|Rina|CONNECT|5|m.1|2
            \(old + 65)|a.1|147|Rina|COMPLETECALLER|5|60|1
            \(straddle)|b.1|147|NONE|ENTERQUEUE||0812|1
            \(straddle + 10)|b.1|147|Rina|CONNECT|10|m.2|2
            \(straddle + 130)|b.1|147|Rina|COMPLETEAGENT|10|120|1
            \(recent)|c.1|147|NONE|ENTERQUEUE||0813|1
            \(recent + 3)|c.1|147|NONE|ABANDON|1|1|3

            """
        let file = world.folder.appendingPathComponent("q.log")
        try log.write(to: file, atomically: true, encoding: .utf8)
        try world.expectSuccess(world.run(["acd", "import", file.path], as: "9000"))
        func offered(_ from: String, _ to: String) throws -> Int {
            let r = try world.run(
                ["kpi", "--from", from, "--to", to, "--interval", "month", "--format", "json"], as: "9000")
            try world.expectSuccess(r)
            let rows = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]] ?? []
            return rows.compactMap { $0["offered"] as? Int }.reduce(0, +)
        }
        world.now = "2026-11-21T09:00"
        #expect(try offered("2023-06-01", "2023-07-01") == 1)
        try world.expectSuccess(world.run(["purge", "--before", "2024-01-01"], as: "9000"))
        #expect(try offered("2023-06-01", "2023-07-01") == 0, "the old call is gone")
        #expect(try offered("2023-12-01", "2024-01-01") == 1, "the call going on at the cutoff stays")
        #expect(try offered("2026-11-01", "2026-12-01") == 1)
        // Its older lines are still there: a late line for it rebuilds it as it was, not as a new call.
        try "\(straddle + 130)|b.1|147|Rina|COMPLETEAGENT|10|120|1\n".write(to: file, atomically: true, encoding: .utf8)
        let again = try world.run(["acd", "import", file.path], as: "9000")
        try world.expectSuccess(again)
        #expect(try offered("2023-12-01", "2024-01-01") == 1)
    }
}
