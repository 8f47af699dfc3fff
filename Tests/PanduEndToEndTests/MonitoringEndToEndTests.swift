import Foundation
import Testing

/// `acd import` then `kpi --format json` through the real binary, against counts worked out by hand for
/// `Fixtures/anomalies.queue_log` (every anomaly of the monitoring spec at least once).
@Suite struct MonitoringEndToEndTests {
    static var fixtures: URL {
        TestWorld.repository.appendingPathComponent("Tests/PanduEndToEndTests/Fixtures")
    }

    /// The KPI rows of a query, decoded.
    static func kpi(_ world: TestWorld, _ extra: [String] = []) throws -> [[String: Any]] {
        let r = try world.run(
            ["kpi", "--from", "2026-11-21T08:00", "--to", "2026-11-21T08:30", "--interval", "15m", "--format", "json"]
                + extra, as: "9000")
        try world.expectSuccess(r)
        return try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]] ?? []
    }

    static func row(_ rows: [[String: Any]], _ queue: String, _ start: String) -> [String: Any]? {
        rows.first { $0["queue"] as? String == queue && $0["interval_start"] as? String == start }
    }

    static func int(_ row: [String: Any]?, _ key: String) -> Int? { (row?[key] as? NSNumber)?.intValue }
    static func double(_ row: [String: Any]?, _ key: String) -> Double? { (row?[key] as? NSNumber)?.doubleValue }

    @Test func handCountedKPIsThroughTheBinary() throws {
        let world = try TestWorld()
        let file = Self.fixtures.appendingPathComponent("anomalies.queue_log").path
        let imported = try world.run(["acd", "import", file, "--format", "json"], as: "9000")
        try world.expectSuccess(imported)
        for line in [55, 59, 65] { #expect(imported.stderr.contains("line \(line)"), "\(imported.stderr)") }
        let summary = try JSONSerialization.jsonObject(with: Data(imported.stdout.utf8)) as? [String: Any]
        #expect(Self.int(summary, "bad_lines") == 3)
        #expect(Self.int(summary, "duplicates") == 1)

        let rows = try Self.kpi(world)
        let first = Self.row(rows, "147", "2026-11-21T08:00:00+07:00")
        let expected: [String: Int] = [
            "offered": 17, "answered": 5, "abandoned": 4, "short_abandoned": 2, "timeouts": 2, "exits_by_key": 1,
            "exits_empty": 1, "withdrawals": 1, "agent_dumps": 1, "sys_compats": 0, "transfers": 2, "completed": 3,
            "handled": 5, "open": 2, "waiting": 1, "orphans_skipped": 1, "sum_wait_answered": 107,
            "max_wait_answered": 30, "sum_wait_abandoned": 98, "sum_talk": 738,
        ]
        for (key, value) in expected { #expect(Self.int(first, key) == value, "147 08:00 \(key)") }
        #expect((first?["answered_within"] as? [String: Int]) == ["5": 0, "20": 3, "30": 5])
        #expect((first?["abandoned_within"] as? [String: Int]) == ["5": 2, "20": 2, "30": 2])
        #expect(Self.double(first, "sl_regulator") == 5.0 / 15.0)
        #expect(Self.double(first, "sl_20") == 3.0 / 15.0)
        #expect(Self.double(first, "abandon_rate") == 4.0 / 17.0)
        #expect(Self.double(first, "asa") == 107.0 / 5.0)
        #expect(Self.double(first, "aht") == 738.0 / 5.0)
        #expect((first?["missed"] as? [String])?.contains("sl_regulator") == true)
        let measures = first?["measures"] as? [String: [String: Any]]
        #expect(
            measures?["sl_regulator"]?["formula"] as? String
                == "answered within 30 s / (offered - abandoned within 5 s)")
        #expect(measures?["sl_regulator"]?["met"] as? Bool == false)

        let second = Self.row(rows, "147", "2026-11-21T08:15:00+07:00")
        for (key, value) in [
            "offered": 3, "answered": 2, "sys_compats": 1, "transfers": 1, "completed": 1, "sum_wait_answered": 36,
            "sum_talk": 65,
        ] {
            #expect(Self.int(second, key) == value, "147 08:15 \(key)")
        }
        #expect(Self.double(second, "sl_regulator") == 1.0 / 3.0)
        let overflow = Self.row(rows, "108", "2026-11-21T08:00:00+07:00")
        #expect(Self.int(overflow, "offered") == 1)
        #expect(Self.int(overflow, "answered") == 1)
        #expect(Self.double(overflow, "sl_regulator") == 1)

        // Re-importing changes no figure.
        let again = try world.run(["acd", "import", file, "--format", "json"], as: "9000")
        let againSummary = try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [String: Any]
        #expect(Self.int(againSummary, "inserted") == 0)
        #expect(NSArray(array: try Self.kpi(world)).isEqual(to: rows))

        // The database export of the same events adds only what is new: u1 (short abandon) and u2 (open).
        let csv = Self.fixtures.appendingPathComponent("anomalies.csv").path
        let fromCSV = try world.run(["acd", "import", csv, "--format", "json"], as: "9000")
        try world.expectSuccess(fromCSV)
        #expect(fromCSV.stderr.contains("line 8"), "\(fromCSV.stderr)")
        let csvSummary = try JSONSerialization.jsonObject(with: Data(fromCSV.stdout.utf8)) as? [String: Any]
        #expect(Self.int(csvSummary, "inserted") == 3)
        #expect(Self.int(csvSummary, "duplicates") == 3)
        let after = Self.row(try Self.kpi(world), "147", "2026-11-21T08:15:00+07:00")
        #expect(Self.int(after, "offered") == 5)
        #expect(Self.int(after, "abandoned") == 1)
        #expect(Self.int(after, "short_abandoned") == 1)
        #expect(Self.int(after, "waiting") == 1)
        #expect(Self.double(after, "sl_regulator") == 1.0 / 4.0)
    }

    @Test func aWindowsSavedLogImportsLikeTheOriginal() throws {
        // The same file saved by a Windows tool: a byte order mark first and CRLF line ends.
        let world = try TestWorld()
        let original = try String(
            contentsOf: Self.fixtures.appendingPathComponent("anomalies.queue_log"), encoding: .utf8)
        let windows = world.folder.appendingPathComponent("windows.queue_log")
        try Data(("\u{FEFF}" + original.replacingOccurrences(of: "\n", with: "\r\n")).utf8).write(to: windows)
        let imported = try world.run(["acd", "import", windows.path, "--format", "json"], as: "9000")
        try world.expectSuccess(imported)
        let summary = try JSONSerialization.jsonObject(with: Data(imported.stdout.utf8)) as? [String: Any]
        #expect(Self.int(summary, "bad_lines") == 3, "\(imported.stderr)")
        #expect(!imported.stderr.contains("line 1:"), "\(imported.stderr)")
        let first = Self.row(try Self.kpi(world), "147", "2026-11-21T08:00:00+07:00")
        #expect(Self.int(first, "offered") == 17)
        #expect(Self.int(first, "answered") == 5)
    }

    @Test func serviceRowsAndTextAndCSV() throws {
        let world = try TestWorld()
        let file = Self.fixtures.appendingPathComponent("anomalies.queue_log").path
        try world.expectSuccess(try world.run(["acd", "import", file], as: "9000"))
        let rows = try Self.kpi(world, ["--by", "service", "--interval", "60m"])
        let s147 = Self.row(rows, "147", "2026-11-21T08:00:00+07:00")
        #expect(Self.int(s147, "offered") == 20)
        let csv = try world.run(
            ["kpi", "--from", "2026-11-21T08:00", "--to", "2026-11-21T08:30", "--format", "csv"], as: "9000")
        try world.expectSuccess(csv)
        #expect(csv.stdout.hasPrefix("queue,service,interval_start,interval_end,offered,"))
        let text = try world.run(["kpi", "--from", "2026-11-21T08:00", "--to", "2026-11-21T08:30"], as: "9000")
        #expect(text.stdout.contains("33.3%!"), "\(text.stdout)")
        let refused = try world.run(["kpi"], as: "1001")
        #expect(refused.exitCode == 1)
    }

    @Test func trunkCountsGiveSCR() throws {
        let world = try TestWorld()
        try world.expectSuccess(
            try world.run(
                ["acd", "import", Self.fixtures.appendingPathComponent("anomalies.queue_log").path], as: "9000"))
        let csv = world.folder.appendingPathComponent("trunk.csv")
        try "interval_start,line,attempts,blocked\n2026-11-21T08:00,147,40,2\n2026-11-21T08:15,147,10,5\n"
            .write(to: csv, atomically: true, encoding: .utf8)
        try world.expectSuccess(try world.run(["acd", "trunk", "import", csv.path], as: "9000"))
        let rows = try Self.kpi(world)
        #expect(Self.double(Self.row(rows, "147", "2026-11-21T08:00:00+07:00"), "scr") == 38.0 / 40.0)
        #expect(Self.double(Self.row(rows, "147", "2026-11-21T08:15:00+07:00"), "scr") == 0.5)
        let bad = world.folder.appendingPathComponent("bad.csv")
        try "interval_start,line,attempts,blocked\n2026-11-21T08:00,147,x,2\n".write(
            to: bad, atomically: true, encoding: .utf8)
        let refused = try world.run(["acd", "trunk", "import", bad.path], as: "9000")
        #expect(refused.exitCode == 64)
        #expect(refused.stderr.contains(":2: field attempts: \"x\""), "\(refused.stderr)")
    }

    @Test func agentMap() throws {
        let world = try TestWorld()
        try world.expectSuccess(try world.run(["acd", "map", "SIP/1001", "1001"], as: "9000"))
        try world.expectSuccess(try world.run(["acd", "map", "Rina", "1001"], as: "9000"))
        let list = try world.run(["acd", "map", "list", "--format", "csv"], as: "9000")
        #expect(list.stdout.contains("Rina,1001"))
        #expect(list.stdout.contains("SIP/1001,1001"))
        #expect(try world.run(["acd", "map", "SIP/9", "7777"], as: "9000").exitCode == 64)
        #expect(try world.run(["acd", "map", "SIP/9", "1002"], as: "1001").exitCode == 1)
    }
}
