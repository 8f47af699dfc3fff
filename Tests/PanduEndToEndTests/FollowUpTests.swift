import Foundation
import Testing

/// Issue 4 end to end: a complaint's callback worked by Tier 2 into F-19, an escalation past its SLA,
/// a directory correction, and the refusals.
@Suite struct FollowUpTests {
    static let number = "081234567890"

    /// Agent 1001 records a complaint that ends in a callback with a ticket and a window.
    func recordComplaintCallback(_ world: TestWorld) throws {
        let t1 = try world.shell(
            [
                "ready", "start 147-complaint", "Selamat pagi, Telkom 147, dengan Rina. Ada yang bisa saya bantu?",
                "callback \(Self.number) 09:00-17:00 --ticket IN12345678 --priority high internet mati, tiket gagal dibuat, nomor lain 081298765432",
                "close callback-recorded",
            ], as: "1001", at: "2026-11-21T08:00")
        try world.expectSuccess(t1)
        #expect(
            t1.stdout.contains("Callback #1 masuk antrean Tier 2, jatuh tempo 2026-11-21 09:00:00 (prioritas high)"))
    }

    @Test func aComplaintCallbackWorkedOverThreeAttemptsShowsInF19() throws {
        let world = try TestWorld()
        try world.addFollowUpPeople()
        try recordComplaintCallback(world)

        let first = try world.shell(
            ["next-callback", "attempt no-answer", "close callback-no-answer"], as: "1003", at: "2026-11-21T09:00")
        try world.expectSuccess(first)
        #expect(first.stdout.contains("hubungi \(Self.number)"), "Tier 2 sees the number in full")
        #expect(first.stdout.contains("dijadwalkan ulang 2026-11-21 09:30:00"))
        #expect(first.stdout.contains("Tutup kontak dengan: close callback-no-answer"))
        let tooSoon = try world.shell(["next-callback"], as: "1003", at: "2026-11-21T09:10")
        #expect(tooSoon.stdout.contains("Tidak ada callback yang jatuh tempo"), "the minimum gap holds it back")
        #expect(tooSoon.stdout.contains("jatuh tempo 2026-11-21 09:30:00"))
        try world.expectSuccess(
            world.shell(
                ["next-callback", "attempt busy nada sibuk", "close callback-busy"], as: "1003", at: "2026-11-21T09:31")
        )
        let last = try world.shell(
            ["next-callback", "attempt reached-resolved layanan normal", "close callback-resolved"], as: "1003",
            at: "2026-11-21T10:05")
        try world.expectSuccess(last)
        #expect(last.stdout.contains("percobaan ke-3 dari maksimal 3"))
        #expect(last.stdout.contains("Callback #1 selesai"))

        let recap =
            try world.json(["report", "f19", "--from", "2026-11-21"], as: "2001", at: "2026-11-21T12:00")
            as? [String: Any] ?? [:]
        let summary = recap["summary"] as? [String: Any] ?? [:]
        #expect(summary["callbacks"] as? Double == 1)
        #expect(summary["attempts"] as? Double == 3)
        #expect(summary["reached_attempts"] as? Double == 1)
        #expect(summary["resolved"] as? Double == 1)
        #expect(summary["exhausted"] as? Double == 0)
        #expect(summary["by_outcome"] as? [String: Double] == ["no-answer": 1, "busy": 1, "reached-resolved": 1])
        let rows = recap["rows"] as? [[String: Any]] ?? []
        #expect(rows.count == 1)
        let row = rows.first ?? [:]
        #expect(row["ticket"] as? String == "IN12345678")
        #expect(row["number"] as? String == "0812******90", "the TL's report masks the number")
        #expect(row["status"] as? String == "resolved")
        #expect(row["reason"] as? String == "internet mati, tiket gagal dibuat, nomor lain 0812******32")
        let attempts = row["attempts"] as? [[String: Any]] ?? []
        #expect(attempts.compactMap { $0["outcome"] as? String } == ["no-answer", "busy", "reached-resolved"])
        #expect(attempts.compactMap { $0["agent"] as? String } == ["1003", "1003", "1003"])
        // 09:00, 09:31 and 10:05 WIB in UTC (the clock runs on from PANDU_NOW, so compare to the minute).
        #expect(
            attempts.compactMap { ($0["at"] as? String)?.prefix(16) } == [
                "2026-11-21T02:00", "2026-11-21T02:31", "2026-11-21T03:05",
            ])

        let csv = try world.run(
            ["report", "f19", "--from", "2026-11-21", "--format", "csv"], as: "2001", at: "2026-11-21T12:00")
        try world.expectSuccess(csv)
        #expect(
            csv.stdout.hasPrefix(
                "no,callback,recorded,recorded_by,session,ticket,number,reason,priority,attempt_1,attempt_2,attempt_3,")
        )
        let md = try world.run(["report", "f19", "--from", "2026-11-21"], as: "2001", at: "2026-11-21T12:00")
        #expect(md.stdout.contains("| attempts | 3 |") && md.stdout.contains("F-19"))
        let html = try world.run(
            ["report", "f19", "--from", "2026-11-21", "--format", "html"], as: "2001", at: "2026-11-21T12:00")
        try world.expectSuccess(html)
        #expect(html.stdout.hasPrefix("<!DOCTYPE html>") && html.stdout.contains("<svg"))
        #expect(html.stdout.contains("Attempts by outcome") && html.stdout.contains("reached-resolved"))
        #expect(html.stdout.contains("masked"), "a TL without the 147-T2 skill reads masked numbers")
        for fetch in ["<script", "src=\"http", "href=\"http", "url(http"] {
            #expect(!html.stdout.contains(fetch), "self-contained, nothing fetched")
        }

        let tier2Session = try world.lastSessionID()
        let events = try world.sessionJSON(tier2Session)["events"] as? [[String: Any]] ?? []
        let attempt = events.first { $0["type"] as? String == "callback_attempt" }?["data"] as? [String: Any]
        #expect(attempt?["outcome"] as? String == "reached-resolved", "the attempt is a fact of the 147-tier2 contact")
    }

    @Test func anEscalationPastItsSLAIsShownToItsOwnerAndInTheReport() throws {
        let world = try TestWorld()
        try world.expectSuccess(
            world.shell(
                ["start 147-complaint", "escalate tl pelanggan minta bicara dengan atasan", "close escalated"],
                as: "1001",
                at: "2026-11-21T08:00"))
        let early = try world.shell(["status"], as: "2001", at: "2026-11-21T08:20")
        #expect(!early.stdout.contains("melewati SLA"))
        let late = try world.shell(["status", "status", "status"], as: "2001", at: "2026-11-21T08:45")
        #expect(late.stdout.contains("⚠ 1 eskalasi Anda melewati SLA: #1 tl (2026-11-21 08:30:00)"))
        #expect(late.stdout.components(separatedBy: "melewati SLA").count == 2, "shown once, not before every line")
        let otherTeam = try world.shell(["status"], as: "1002", at: "2026-11-21T08:45")
        #expect(!otherTeam.stdout.contains("melewati SLA"), "only the owner is told")

        let overdue =
            try world.json(["escalations", "list", "--overdue"], as: "2001", at: "2026-11-21T08:45")
            as? [[String: String]] ?? []
        #expect(overdue.map { $0["id"] } == ["1"])
        #expect(overdue.first?["owner"] == "2001", "the TL of the agent's team owns a tl escalation")
        #expect(overdue.first?["due"] == "2026-11-21 08:30:00")

        let report =
            try world.json(["report", "escalations", "--from", "2026-11-21"], as: "2001", at: "2026-11-21T09:00")
            as? [String: Any] ?? [:]
        let tl = (report["levels"] as? [[String: Any]] ?? []).first { $0["level"] as? String == "tl" } ?? [:]
        #expect(tl["raised"] as? Double == 1)
        #expect(tl["missed"] as? Double == 1)
        #expect(tl["met"] as? Double == 0)
        #expect(tl["overdue"] as? Double == 1)
        let page = try world.run(
            ["report", "escalations", "--from", "2026-11-21", "--format", "html"], as: "2001", at: "2026-11-21T09:00")
        try world.expectSuccess(page)
        #expect(page.stdout.contains("SLA per level") && page.stdout.contains("<svg"))
        #expect(page.stdout.contains("<td class=\"bad\">1</td>"), "the missed SLA is marked")

        try world.expectSuccess(world.run(["escalations", "ack", "1"], as: "2001", at: "2026-11-21T09:00"))
        try world.expectSuccess(
            world.run(["escalations", "resolve", "1", "--note", "dijelaskan TL"], as: "2001", at: "2026-11-21T09:10"))
        let history = try world.json(["escalations", "show", "1"], as: "2001") as? [[String: String]] ?? []
        #expect(history.compactMap { $0["status"] } == ["open", "acknowledged", "resolved"])
        #expect(history.compactMap { $0["actor"] } == ["1001", "2001", "2001"])
        let afterShell = try world.shell(["status"], as: "2001", at: "2026-11-21T09:20")
        #expect(!afterShell.stdout.contains("melewati SLA"), "a resolved escalation is no longer overdue")
    }

    @Test func aDirectoryCorrectionProposedAndApprovedIsFoundByDir() throws {
        let world = try TestWorld()
        try world.addFollowUpPeople()
        let before = try world.run(["dir", "bencana", "banda", "aceh"], as: "1001")
        #expect(before.stdout.contains("(0651) 675508"))
        let proposed = try world.shell(
            [
                "start 108", "dir bencana banda aceh", "dir-fix number 6755090 nomor baru menurut pelanggan",
                "close blank-call",
            ],
            as: "1001")
        try world.expectSuccess(proposed)
        #expect(proposed.stdout.contains("Usulan koreksi #1 untuk D00002 (number: '675508' → '6755090')"))
        #expect(
            try world.run(["dir", "bencana", "banda", "aceh"], as: "1001").stdout.contains("(0651) 675508"),
            "not before approval")

        let pending = try world.json(["dir", "corrections", "list"], as: "4001") as? [[String: String]] ?? []
        #expect(pending.map { $0["entry"] } == ["D00002"])
        let session = pending.first?["session"] ?? ""
        #expect(session.hasPrefix("S2026"))
        try world.expectSuccess(world.run(["dir", "corrections", "approve", "1"], as: "4001"))
        let after = try world.run(["dir", "bencana", "banda", "aceh"], as: "1001")
        #expect(after.stdout.contains("(0651) 6755090"))
        let inShell = try world.shell(["dir bencana banda aceh"], as: "1002")
        #expect(inShell.stdout.contains("(0651) 6755090"), "the shell's search sees the approved overlay too")

        let history = try world.json(["dir", "history", "D00002"], as: "2001") as? [[String: String]] ?? []
        #expect(history.compactMap { $0["status"] } == ["pending", "approved"])
        #expect(history.compactMap { $0["by"] } == ["1001", "4001"])
        #expect(history.allSatisfy { $0["session"] == session })
    }

    @Test func refusalsAreClearExitOneAndWriteNothing() throws {
        let world = try TestWorld()
        try world.addFollowUpPeople()
        try recordComplaintCallback(world)
        try world.expectSuccess(
            world.shell(["start 147-complaint", "escalate tl pelanggan marah", "close escalated"], as: "1001"))
        try world.expectSuccess(
            world.run(
                ["dir", "correct", "D00002", "--field", "number", "--value", "6755090", "--reason", "nomor baru"],
                as: "2001"))
        let snapshot = try world.followUpSnapshot()

        let approve = try world.run(["dir", "corrections", "approve", "1"], as: "1001")
        #expect(approve.exitCode == 1)
        #expect(approve.stderr.contains("1001 bukan data entry"))
        let assign = try world.run(["callbacks", "assign", "1", "1003"], as: "1001")
        #expect(assign.exitCode == 1)
        #expect(assign.stderr.contains("perlu peran"))
        let cancel = try world.run(["callbacks", "cancel", "1", "--reason", "iseng"], as: "1002")
        #expect(cancel.exitCode == 1)
        let ackByOther = try world.run(["escalations", "ack", "1"], as: "1002")
        #expect(ackByOther.exitCode == 1)
        #expect(ackByOther.stderr.contains("Eskalasi #1 milik 2001, bukan 1002"))
        let ackByRaiser = try world.run(["escalations", "ack", "1"], as: "1001")
        #expect(ackByRaiser.exitCode == 1)
        let attemptWithoutPull = try world.shell(["attempt no-answer"], as: "1003")
        #expect(attemptWithoutPull.exitCode == 1)
        let addByAgent = try world.run(["callbacks", "add", Self.number, "telepon", "balik"], as: "1001")
        #expect(addByAgent.exitCode == 1)
        let reportByAgent = try world.run(["report", "f19"], as: "1001")
        #expect(reportByAgent.exitCode == 1)

        #expect(try world.followUpSnapshot() == snapshot, "no refusal wrote anything")
        let agentView = try world.json(["callbacks", "list"], as: "1002") as? [[String: String]] ?? []
        #expect(agentView.map { $0["number"] } == ["0812******90"], "without the 147-T2 skill the number is masked")
        let tier2View = try world.json(["callbacks", "list"], as: "1003") as? [[String: String]] ?? []
        #expect(tier2View.map { $0["number"] } == [Self.number], "Tier 2 calls back: the number in full")
    }

    @Test func anAssignedCallbackFallsBackToTheTeamAndExhaustsAfterThreeUnreachedAttempts() throws {
        let world = try TestWorld()
        try world.addFollowUpPeople()
        try world.expectSuccess(
            world.run(
                [
                    "users", "add", "1004", "--name", "Wulan Sari", "--role", "agent", "--team", "T2", "--skills",
                    "147-T2",
                ],
                as: "9000", stdin: "1234\n"))
        let added = try world.run(
            ["callbacks", "add", "0227201234", "tagihan", "ganda", "--agent", "1003", "--priority", "low"], as: "2001",
            at: "2026-11-21T10:00")
        try world.expectSuccess(added)
        // Each run's clock starts at its PANDU_NOW and runs on, so every step waits a minute past the boundary.
        let held = try world.shell(["next-callback"], as: "1004", at: "2026-11-21T10:30")
        #expect(held.stdout.contains("Tidak ada callback"), "assigned to 1003 within the hold")
        let fallen = try world.shell(
            ["next-callback", "attempt no-answer", "close callback-no-answer"], as: "1004", at: "2026-11-21T11:01")
        try world.expectSuccess(fallen)
        #expect(fallen.stdout.contains("Callback #1: hubungi 0227201234"), "after 60 minutes the team may take it")
        try world.expectSuccess(
            world.shell(["next-callback", "attempt busy", "close callback-busy"], as: "1003", at: "2026-11-21T11:32"))
        let last = try world.shell(
            ["next-callback", "attempt no-answer", "close callback-no-answer"], as: "1003", at: "2026-11-21T12:03")
        #expect(last.stdout.contains("Callback #1 ditutup: percobaan habis (3 dari 3 tidak terhubung)"))
        let shown = try world.json(["callbacks", "show", "1"], as: "2001") as? [[String: String]] ?? []
        #expect(
            shown.compactMap { $0["action"] } == [
                "created", "assigned", "pulled", "attempt", "pulled", "attempt", "pulled", "attempt",
            ])
        #expect(shown.last?["status"] == "closed")
        let closed =
            try world.json(["callbacks", "list", "--status", "closed"], as: "2001") as? [[String: String]] ?? []
        #expect(closed.first?["close_reason"] == "exhausted")
        let recap =
            try world.json(["report", "f19", "--from", "2026-11-21"], as: "2001", at: "2026-11-21T13:00")
            as? [String: Any] ?? [:]
        #expect((recap["summary"] as? [String: Any])?["exhausted"] as? Double == 1)
    }

    @Test func theNewCommandsAreDocumented() throws {
        let world = try TestWorld()
        let help = try world.run(["--help"])
        for command in ["callbacks", "escalations", "report"] { #expect(help.stdout.contains("  \(command) ")) }
        let inShell = try world.shell(["help"], as: "1001")
        for command in ["next-callback", "attempt", "dir-fix", "callbacks", "escalations", "report"] {
            #expect(inShell.stdout.contains("\n  \(command)"), "help in the shell lists \(command)")
        }
        try world.expectSuccess(world.run(["knowledge", "check"]))
    }
}
