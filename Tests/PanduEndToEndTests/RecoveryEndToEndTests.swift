import Foundation
import Testing

/// `recovery scan|list|show|act|verify` on the hand-counted fixture: plans for exactly the missed targets,
/// idempotent scans, agents refused with nothing written, history and verification.
@Suite struct RecoveryEndToEndTests {
    static func json(_ r: RunResult) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(r.stdout.utf8))
    }

    @Test func scanActVerify() throws {
        let world = try TestWorld()
        let file = MonitoringEndToEndTests.fixtures.appendingPathComponent("anomalies.queue_log").path
        try world.expectSuccess(try world.run(["acd", "import", file], as: "9000"))
        world.now = "2026-11-21T09:00"
        let range = ["--from", "2026-11-21T08:00", "--to", "2026-11-21T08:30"]

        let refused = try world.run(["recovery", "scan"] + range, as: "1001")
        #expect(refused.exitCode == 1)
        let none = try world.run(["recovery", "list", "--format", "json"], as: "9000")
        #expect((try Self.json(none) as? [Any])?.isEmpty == true)

        let scan = try world.run(["recovery", "scan"] + range + ["--format", "json"], as: "9000")
        try world.expectSuccess(scan)
        let plans = try #require(try Self.json(scan) as? [[String: Any]])
        let keys = Set(plans.map { "\($0["scope"]!) \($0["measure"]!) \(($0["interval_start"] as! String).suffix(8))" })
        #expect(
            keys == [
                "147 sl_regulator 08:00:00", "147 sl_20 08:00:00", "147 abandon_rate 08:00:00", "147 asa 08:00:00",
                "147 sl_regulator 08:15:00", "147 sl_20 08:15:00",
            ])
        let sl = try #require(
            plans.first {
                $0["measure"] as? String == "sl_regulator"
                    && ($0["interval_start"] as? String)?.hasSuffix("08:00:00") == true
            })
        #expect(sl["observed"] as? Double == 5.0 / 15.0)
        #expect(sl["target"] as? Double == 0.9)
        #expect(sl["offered"] as? Int == 17)
        #expect((sl["agents_needed"] as? Int ?? 0) >= 3)
        #expect((sl["suggestion"] as? String)?.contains("Erlang C") == true)

        let again = try world.run(["recovery", "scan"] + range + ["--format", "json"], as: "9000")
        #expect((try Self.json(again) as? [Any])?.isEmpty == true)

        let id = "\(sl["id"] as! Int)"
        try world.expectSuccess(
            try world.run(
                [
                    "recovery", "act", id, "--action", "2 agent ditarik dari AUX", "--told", "2001,T1", "--owner",
                    "2001",
                ], as: "9000"))
        #expect(try world.run(["recovery", "act", id, "--action", "x"], as: "1001").exitCode == 1)
        let verify = try world.run(["recovery", "verify", id], as: "9000")
        try world.expectSuccess(verify)
        #expect(verify.stdout.contains("failed"), "\(verify.stdout)")
        let shown = try #require(
            try Self.json(try world.run(["recovery", "show", id, "--format", "json"], as: "2001")) as? [String: Any])
        #expect(shown["status"] as? String == "failed")
        #expect(shown["owner"] as? String == "2001")
        let history = shown["history"] as? [[String: Any]] ?? []
        #expect(history.map { $0["kind"] as? String ?? "" } == ["opened", "action", "distributed", "owner", "failed"])
        #expect((history[2]["data"] as? [String: Any])?["told"] as? [String] == ["2001", "T1"])

        let asa = try #require(plans.first { $0["measure"] as? String == "asa" })
        let asaVerify = try world.run(["recovery", "verify", "\(asa["id"] as! Int)"], as: "9000")
        #expect(asaVerify.stdout.contains("verified"), "\(asaVerify.stdout)")
        let late = try #require(
            plans.first {
                $0["measure"] as? String == "sl_20" && ($0["interval_start"] as? String)?.hasSuffix("08:15:00") == true
            })
        #expect(try world.run(["recovery", "verify", "\(late["id"] as! Int)"], as: "9000").exitCode == 64)
        let open = try world.run(["recovery", "list", "--status", "open", "--format", "csv"], as: "2001")
        #expect(open.stdout.split(whereSeparator: \.isNewline).count == 1 + 4)
    }
}
