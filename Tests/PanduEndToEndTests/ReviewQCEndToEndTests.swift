import Foundation
import Testing

/// The TL review and the QC evaluation workflow through the real binary.
@Suite struct ReviewQCEndToEndTests {
    /// A clean 147-info contact by Rina (1001, team T1): the checker passes O1-O4, I1, C1, C2, B1 (38 weight).
    static let goodContact = [
        "start 147-info", "Selamat pagi, Telkom 147, dengan Rina. Ada yang bisa saya bantu?", "next",
        "set customer_name Sari", "next", "set topic produk", "general", "direct", "set info_summary paket", "done",
        "Apakah ada hal lain yang bisa saya bantu, Ibu Sari?", "done",
        "Terima kasih Ibu Sari telah menghubungi Telkom. Selamat pagi.", "close info-given",
    ]

    /// The same contact by Budi (1002, team T2) with 'siang' at 08:00: 147-O1 fails.
    static let wrongGreeting = goodContact.map {
        $0.replacingOccurrences(
            of: "Selamat pagi, Telkom 147, dengan Rina", with: "Selamat siang, Telkom 147, dengan Budi")
    }

    func json(_ text: String) throws -> Any { try JSONSerialization.jsonObject(with: Data(text.utf8)) }

    /// Records a contact at `time` (each contact its own start, so "the newest" is never a tie).
    func record(_ world: TestWorld, _ lines: [String], as agent: String, at time: String = "2026-11-21T08:00") throws
        -> String
    {
        world.now = time
        defer { world.now = "2026-11-21T09:30" }
        try world.expectSuccess(world.shell(lines, as: agent))
        return try world.lastSessionID()
    }

    @Test func anOverrideADisputeAndItsResolutionKeepTheHistory() throws {
        let world = try TestWorld()
        try world.expectSuccess(
            world.run(["users", "add", "3002", "--name", "Qori Amalia", "--role", "qc"], as: "9000", stdin: "1234\n"))
        let session = try record(world, Self.goodContact, as: "1001")
        // An override without a comment is refused and nothing is written.
        let bare = try world.run(["qc", "evaluate", session, "--set", "147-C2=fail", "--submit"], as: "3001")
        #expect(bare.exitCode == 64)
        // C2 overridden to fail (5 of 43) and the manual B2 judged pass: 100 × 38 / 43 = 88.37.
        let evaluated = try world.run(
            [
                "qc", "evaluate", session, "--set", "147-C2=fail", "--comment", "147-C2=tanpa nama layanan", "--set",
                "147-B2=pass", "--submit", "--format", "json",
            ], as: "3001")
        try world.expectSuccess(evaluated)
        let evaluation = try json(evaluated.stdout) as? [String: Any] ?? [:]
        #expect(evaluation["score"] as? Double == 88.37)
        #expect(evaluation["standard_version"] as? String == "draft-0.1")
        #expect(evaluation["evaluator"] as? String == "3001")
        let id = String(evaluation["id"] as? Int ?? 0)
        // Not released yet: the agent cannot dispute it.
        #expect(
            try world.run(["qc", "dispute", id, "--param", "147-C2", "--reason", "lengkap"], as: "1001").exitCode == 1)
        try world.expectSuccess(world.run(["qc", "release", id], as: "3001"))
        try world.expectSuccess(
            world.run(["qc", "dispute", id, "--param", "147-C2", "--reason", "salam lengkap"], as: "1001"))
        // The evaluator may not decide the dispute of their own evaluation.
        #expect(try world.run(["qc", "resolve", "1", "--accept", "--comment", "ok"], as: "3001").exitCode == 1)
        let resolved = try world.run(
            ["qc", "resolve", "1", "--accept", "--comment", "salam penutup lengkap"], as: "3002")
        try world.expectSuccess(resolved)
        #expect(resolved.stdout.contains("88.37 → 100"))
        try world.expectSuccess(world.run(["qc", "ack", id], as: "1001"))
        let shown = try world.run(["qc", "evaluations", "show", id, "--format", "json"], as: "3001")
        try world.expectSuccess(shown)
        let document = try json(shown.stdout) as? [String: Any] ?? [:]
        let history = document["history"] as? [[String: Any]] ?? []
        #expect(
            history.map { $0["action"] as? String } == [
                "submitted", "released", "disputed", "resolved", "acknowledged",
            ])
        #expect(history.map { $0["score"] as? Double } == [88.37, 88.37, 88.37, 100, 100])
        #expect(history.map { $0["actor"] as? String } == ["3001", "3001", "1001", "3002", "1001"])
        #expect((document["evaluation"] as? [String: Any])?["score"] as? Double == 100)
        let audit = try world.run(["qc", "audit", "--format", "json"], as: "3001")
        try world.expectSuccess(audit)
        let report = try json(audit.stdout) as? [String: Any] ?? [:]
        #expect(report["entries"] as? Int == 5)
        #expect((report["problems"] as? [Any])?.isEmpty == true)
    }

    @Test func threeOfficersCalibrateBlindAndTheReportComparesThem() throws {
        let world = try TestWorld()
        for code in ["3002", "3003"] {
            try world.expectSuccess(
                world.run(["users", "add", code, "--name", "QC \(code)", "--role", "qc"], as: "9000", stdin: "1234\n"))
        }
        let session = try record(world, Self.goodContact, as: "1001")
        try world.expectSuccess(world.run(["qc", "calibrate", session, "--officers", "3001,3002,3003"], as: "3001"))
        try world.expectSuccess(
            world.run(
                ["qc", "evaluate", session, "--calibration", "1", "--set", "147-B2=pass", "--submit"], as: "3001"))
        // Blind: 3002 cannot see 3001's form, nor the report, while the round is open.
        #expect(try world.run(["qc", "evaluations", "show", "1"], as: "3002").exitCode == 1)
        #expect(try world.run(["qc", "calibration", "report", "1"], as: "3002").exitCode == 1)
        try world.expectSuccess(
            world.run(
                [
                    "qc", "evaluate", session, "--calibration", "1", "--set", "147-B2=fail", "--set", "147-C1=fail",
                    "--comment",
                    "147-C1=kurang jelas", "--submit",
                ], as: "3002"))
        // 3003 fills the form from stdin: Enter keeps, C2 → fail with its comment, B2 → pass, then submits.
        var answers = Array(repeating: "", count: 23 + 2)
        answers[15] = "fail"  // 147-C2 is the 16th parameter
        answers[16] = "salam kurang lengkap"
        answers[18] = "pass"  // 147-B2
        answers[19] = ""  // its optional remark
        let scripted = answers.joined(separator: "\n") + "\ny\n"
        try world.expectSuccess(
            world.run(["qc", "evaluate", session, "--calibration", "1"], as: "3003", stdin: scripted))
        let page = try world.run(["qc", "calibration", "report", "1", "--format", "html"], as: "3002")
        try world.expectSuccess(page)
        #expect(page.stdout.contains("Agreement per parameter") && page.stdout.contains("<svg"))
        #expect(page.stdout.contains("95.7 %"), "22 of 23 parameters agree")
        let report = try world.run(["qc", "calibration", "report", "1", "--format", "json"], as: "3002")
        try world.expectSuccess(report)
        let doc = try json(report.stdout) as? [String: Any] ?? [:]
        // By hand: 23 parameters, C1, C2 and B2 at 2 of 3, the rest unanimous → 22/23.
        #expect(abs((doc["agreement"] as? Double ?? 0) - 22.0 / 23.0) < 1e-9)
        // Scores 100, 100 × 34/43 = 79.07, 100 × 38/43 = 88.37.
        #expect(doc["min_score"] as? Double == 79.07)
        #expect(doc["max_score"] as? Double == 100)
        #expect(abs((doc["spread"] as? Double ?? 0) - 20.93) < 1e-9)
        let parameters = Dictionary(
            uniqueKeysWithValues: (doc["parameters"] as? [[String: Any]] ?? []).map {
                ($0["parameter"] as? String ?? "", $0)
            })
        #expect(parameters["147-C1"]?["consensus"] as? String == "pass")
        #expect(parameters["147-C1"]?["verdicts"] as? [String] == ["pass", "fail", "pass"])
        let evaluators = Dictionary(
            uniqueKeysWithValues: (doc["evaluators"] as? [[String: Any]] ?? []).map {
                ($0["evaluator"] as? String ?? "", $0)
            })
        #expect(evaluators["3001"]?["matches"] as? Int == 23)
        #expect(evaluators["3002"]?["matches"] as? Int == 21)
        #expect(evaluators["3003"]?["matches"] as? Int == 22)
        // The checker cannot judge the manual B2: 22 compared, all with the consensus.
        #expect(evaluators["auto"]?["compared"] as? Int == 22)
        #expect(evaluators["auto"]?["matches"] as? Int == 22)
    }

    @Test func reviewFiltersByAgentTeamFlowAndFailedParameter() throws {
        let world = try TestWorld()
        let good = try record(world, Self.goodContact, as: "1001")
        let bad = try record(world, Self.wrongGreeting, as: "1002", at: "2026-11-21T09:00")
        func ids(_ args: [String], as who: String = "3001") throws -> [String] {
            let r = try world.run(["review"] + args + ["--format", "json"], as: who)
            try world.expectSuccess(r)
            return (try json(r.stdout) as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        }
        #expect(Set(try ids([])) == [good, bad])
        #expect(try ids(["--failed", "147-O1"]) == [bad])
        #expect(try ids(["--agent", "1001"]) == [good])
        #expect(try ids(["--team", "T2"]) == [bad])
        #expect(try ids(["--flow", "108"]).isEmpty)
        #expect(try ids(["--disposition", "info-given", "--failed", "147-C2"]).isEmpty)
        #expect(try ids(["--fatal"]).isEmpty)
        // The TL of T1 sees only their team's contact.
        #expect(try ids([], as: "2001") == [good])
        let shown = try world.run(["review", "show", good], as: "2001")
        try world.expectSuccess(shown)
        #expect(shown.stdout.contains("✓ 147-O1"))
        try world.expectSuccess(world.run(["review", "note", good, "--text", "Pertahankan salam penutup"], as: "2001"))
        #expect(try world.run(["review", "show", good], as: "2001").stdout.contains("Pertahankan salam penutup"))
        try world.expectSuccess(
            world.run(
                ["review", "discipline", "1001", "--rule", "login-terlambat", "--action", "teguran-lisan"], as: "2001"))
        let f04 = try world.run(
            ["report", "f04", "--from", "2026-11-01", "--to", "2026-12-01", "--format", "csv"], as: "2001")
        try world.expectSuccess(f04)
        #expect(f04.stdout.contains(good) && f04.stdout.contains("Pertahankan salam penutup"))
    }

    @Test func holdAndAHTFiltersUseTheSummariesOnASeededStore() throws {
        let world = try TestWorld()
        try world.expectSuccess(world.run(["bench", "seed-sessions", "400"]))
        let all = try world.run(["review", "--limit", "1000", "--format", "json"], as: "3001")
        let rows = try json(all.stdout) as? [[String: Any]] ?? []
        #expect(rows.count == 400)
        let long =
            try json(
                try world.run(["review", "--long-hold", "--limit", "1000", "--format", "json"], as: "3001").stdout)
            as? [[String: Any]] ?? []
        let expected = rows.filter { Int($0["longest_hold"] as? String ?? "") ?? 0 > 120 }.count
        #expect(long.count == expected && expected > 0 && expected < 400)
        let over =
            try json(try world.run(["review", "--aht-over", "--limit", "1000", "--format", "json"], as: "3001").stdout)
            as? [[String: Any]] ?? []
        #expect(!over.isEmpty)
        for row in over {
            #expect(Int(row["seconds"] as? String ?? "") ?? 0 > Int(row["aht_target"] as? String ?? "") ?? .max)
        }
    }

    @Test func refusalsExitOneAndWriteNothing() throws {
        let world = try TestWorld()
        let mine = try record(world, Self.goodContact, as: "1001")
        let theirs = try record(world, Self.wrongGreeting, as: "1002", at: "2026-11-21T09:00")
        try world.expectSuccess(world.run(["qc", "evaluate", theirs, "--submit"], as: "3001"))
        try world.expectSuccess(world.run(["qc", "release", "1"], as: "3001"))
        func snapshot() throws -> String {
            try [
                ["sessions", "list", "--format", "json"], ["qc", "evaluations", "list", "--format", "json"],
                ["review", "show", mine, "--format", "json"], ["review", "show", theirs, "--format", "json"],
                ["review", "discipline", "1001", "--format", "json"], ["qc", "audit", "--format", "json"],
            ].map { try world.run($0, as: "9000").stdout }.joined(separator: "\n")
        }
        let before = try snapshot()
        let refused: [([String], String)] = [
            (["review", "--agent", "1002"], "1001"),
            (["sessions", "list", "--agent", "1002"], "1001"),
            (["review", "show", theirs], "1001"),
            (["qc", "evaluate", mine, "--submit"], "1001"),
            (["qc", "evaluate", mine, "--submit"], "2001"),
            (["review", "--team", "T2"], "2001"),
            (["review", "show", theirs], "2001"),
            (["review", "note", theirs, "--text", "x"], "2001"),
            (["review", "note", mine, "--text", "x"], "1001"),
            (["review", "discipline", "1002", "--rule", "login-terlambat", "--action", "sp1"], "2001"),
            (["qc", "dispute", "1", "--param", "147-O1", "--reason", "x"], "1001"),
            (["qc", "ack", "1"], "1001"),
            (["qc", "release", "1"], "2001"),
        ]
        for (args, who) in refused {
            let r = try world.run(args, as: who)
            #expect(r.exitCode == 1, "\(who) \(args): \(r.stdout) \(r.stderr)")
            #expect(!r.stderr.isEmpty, "a refusal says why")
        }
        #expect(try snapshot() == before)
    }
}
