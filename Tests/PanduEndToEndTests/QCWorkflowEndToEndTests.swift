import Foundation
import Testing

/// Sampling, the dispute window, transcripts and the QC / F-04 reports through the real binary.
@Suite struct QCWorkflowEndToEndTests {
    func json(_ text: String) throws -> Any { try JSONSerialization.jsonObject(with: Data(text.utf8)) }

    /// Records the clean 147-info contact of `ReviewQCEndToEndTests` by `agent` at `time`; returns its id.
    func record(_ world: TestWorld, as agent: String, at time: String, greeting: String = "pagi") throws -> String {
        world.now = time
        let name = agent == "1001" ? "Rina" : "Budi"
        let lines = ReviewQCEndToEndTests.goodContact.map {
            $0.replacingOccurrences(
                of: "Selamat pagi, Telkom 147, dengan Rina", with: "Selamat \(greeting), Telkom 147, dengan \(name)")
        }
        try world.expectSuccess(world.shell(lines, as: agent))
        return try world.lastSessionID()
    }

    @Test func aSeededDrawRepeatsAndNeverDrawsAContactTwice() throws {
        let world = try TestWorld()
        var mine: [String] = []
        for hour in 8...9 {
            for minute in [0, 20, 40] {
                mine.append(try record(world, as: "1001", at: String(format: "2026-11-21T%02d:%02d", hour, minute)))
            }
        }
        world.now = "2026-11-22T08:00"
        let args = [
            "qc", "sample", "--per-agent", "2", "--from", "2026-11-21", "--to", "2026-11-22", "--seed", "minggu-47",
            "--format", "json",
        ]
        func drawn(_ extra: [String] = []) throws -> [String] {
            let r = try world.run(args + extra, as: "3001")
            try world.expectSuccess(r)
            return (try json(r.stdout) as? [[String: Any]] ?? []).compactMap { $0["session"] as? String }
        }
        let preview = try drawn(["--dry-run"])
        #expect(preview.count == 2)
        #expect(try drawn(["--dry-run"]) == preview, "the same seed draws the same contacts")
        #expect(try drawn() == preview, "the recorded draw is the previewed one")
        let second = try drawn()
        let third = try drawn()
        #expect(Set(preview + second + third) == Set(mine), "three draws of two exhaust six contacts, none twice")
        #expect(try drawn().isEmpty)
    }

    @Test func aDisputeAfterTheWindowIsRefused() throws {
        let world = try TestWorld()
        let session = try record(world, as: "1001", at: "2026-11-21T08:00")
        world.now = "2026-11-21T10:00"
        try world.expectSuccess(world.run(["qc", "evaluate", session, "--submit"], as: "3001"))
        try world.expectSuccess(world.run(["qc", "release", "1"], as: "3001"))
        // knowledge/qc.yaml: 3 days.
        world.now = "2026-11-24T10:01"
        let late = try world.run(["qc", "dispute", "1", "--param", "147-C2", "--reason", "lengkap"], as: "1001")
        #expect(late.exitCode == 1)
        #expect(late.stderr.contains("2026-11-24"))
        world.now = "2026-11-24T09:59"
        try world.expectSuccess(
            world.run(["qc", "dispute", "1", "--param", "147-C2", "--reason", "lengkap"], as: "1001"))
    }

    @Test func aTranscriptFileIsEvaluatedForTheNamedAgent() throws {
        let world = try TestWorld()
        let transcript =
            #"{"id":"T-9","service":"147","tier":"T1","channel":"voice","scope":"full_call","local_time":"09:00","timezone":"WIB","agent_name":"Rina","customer_name":"Budi","context":{"complaint":true},"turns":[{"speaker":"agent","text":"Selamat pagi, Telkom 147, dengan Rina. Ada yang bisa saya bantu?"},{"speaker":"agent","text":"Terima kasih Bapak Budi telah menghubungi Telkom. Selamat pagi."}]}"#
        let file = world.folder.appendingPathComponent("t9.json")
        try transcript.write(to: file, atomically: true, encoding: .utf8)
        #expect(
            try world.run(["qc", "evaluate", file.path, "--submit"], as: "3001").exitCode == 64,
            "the agent must be named")
        let r = try world.run(
            ["qc", "evaluate", file.path, "--agent", "1001", "--submit", "--format", "json"], as: "3001")
        try world.expectSuccess(r)
        let e = try json(r.stdout) as? [String: Any] ?? [:]
        #expect(e["transcript_id"] as? String == "T-9")
        #expect(e["agent"] as? String == "1001")
        #expect(e["standard"] as? String == "DRAFT-147-T1")
    }

    @Test func theQCReportAveragesPerAgentAndTeam() throws {
        let world = try TestWorld()
        let a = try record(world, as: "1001", at: "2026-11-21T08:00")
        let b = try record(world, as: "1001", at: "2026-11-21T08:30")
        let c = try record(world, as: "1002", at: "2026-11-21T09:00", greeting: "siang")
        world.now = "2026-11-21T12:00"
        // a: 100; b: C2 overridden → 100 × 33/38 = 86.84; c: the checker fails O1 → 100 × 33/38 = 86.84.
        try world.expectSuccess(world.run(["qc", "evaluate", a, "--submit"], as: "3001"))
        try world.expectSuccess(
            world.run(
                ["qc", "evaluate", b, "--set", "147-C2=fail", "--comment", "147-C2=tidak lengkap", "--submit"],
                as: "3001"))
        try world.expectSuccess(world.run(["qc", "evaluate", c, "--submit"], as: "3001"))
        let r = try world.run(
            ["report", "qc", "--from", "2026-11-01", "--to", "2026-12-01", "--format", "json"], as: "3001")
        try world.expectSuccess(r)
        let doc = try json(r.stdout) as? [String: Any] ?? [:]
        let agents = Dictionary(
            uniqueKeysWithValues: (doc["agents"] as? [[String: Any]] ?? []).map { ($0["key"] as? String ?? "", $0) })
        #expect(agents["1001"]?["evaluations"] as? Int == 2)
        #expect(agents["1001"]?["average_score"] as? Double == 93.42)
        #expect(agents["1001"]?["pass_rate"] as? Double == 1)
        #expect(agents["1002"]?["average_score"] as? Double == 86.84)
        let failed = (agents["1002"]?["top_failed"] as? [[String: Any]])?.first
        #expect(failed?["parameter"] as? String == "147-O1")
        let teams = (doc["teams"] as? [[String: Any]] ?? []).map { $0["key"] as? String ?? "" }
        #expect(teams == ["T1", "T2"])
        let page = try world.run(
            ["report", "qc", "--from", "2026-11-01", "--to", "2026-12-01", "--format", "html"], as: "3001")
        try world.expectSuccess(page)
        #expect(page.stdout.contains("Average score per team") && page.stdout.contains("<svg"))
        #expect(page.stdout.contains("<td class=\"good\">93.42</td>"), "an average over the passing score is good")
        // The TL of T1 sees only released evaluations of their team: none yet.
        let tl = try world.run(
            ["report", "qc", "--from", "2026-11-01", "--to", "2026-12-01", "--format", "json"], as: "2001")
        try world.expectSuccess(tl)
        #expect(((try json(tl.stdout) as? [String: Any])?["agents"] as? [Any])?.isEmpty == true)
    }

    @Test func aTLsMonitoringDrawShowsInF04() throws {
        let world = try TestWorld()
        let mine = try record(world, as: "1001", at: "2026-11-21T08:00")
        _ = try record(world, as: "1002", at: "2026-11-21T08:30")
        world.now = "2026-11-21T12:00"
        let drawn = try world.run(
            [
                "qc", "sample", "--per-agent", "5", "--from", "2026-11-21", "--to", "2026-11-22", "--seed", "s",
                "--format", "csv",
            ],
            as: "2001")
        try world.expectSuccess(drawn)
        #expect(drawn.stdout.contains(mine) && drawn.stdout.contains("monitoring"))
        #expect(!drawn.stdout.contains("1002"), "a TL draws from their own team only")
        let f04 = try world.run(
            ["report", "f04", "--from", "2026-11-21", "--to", "2026-11-22", "--format", "json"], as: "2001")
        try world.expectSuccess(f04)
        let rows = try json(f04.stdout) as? [[String: Any]] ?? []
        #expect(rows.count == 1)
        #expect(rows.first?["session"] as? String == mine)
        #expect(rows.first?["monitored_by"] as? String == "2001")
        #expect(rows.first?["score"] as? String == "100")
        let page = try world.run(
            ["report", "f04", "--from", "2026-11-21", "--to", "2026-11-22", "--format", "html"], as: "2001")
        try world.expectSuccess(page)
        #expect(page.stdout.contains("IN.OCC.TELK.F-04") && page.stdout.contains(mine))
        #expect(page.stdout.contains("Average score per agent") && page.stdout.contains("<svg"))
    }

    @Test func aTLReviewsAndCoachesFromInsideTheShell() throws {
        let world = try TestWorld()
        let mine = try record(world, as: "1001", at: "2026-11-21T08:00")
        world.now = "2026-11-21T12:00"
        let shell = try world.shell(
            ["review --format csv", "review note \(mine) --text \"Sebut nama layanan\"", "review show \(mine)"],
            as: "2001")
        try world.expectSuccess(shell)
        #expect(shell.stdout.contains(mine + ",1001,147-info,closed"))
        #expect(shell.stdout.contains("Sebut nama layanan"))
    }
}
