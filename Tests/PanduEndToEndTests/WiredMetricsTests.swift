import Foundation
import Testing

/// The issue-4 records reach the floor's outputs: escalations and callbacks on `/metrics`, the QC compliance
/// ratio, and the TLs' discipline records in F-03.
@Suite struct WiredMetricsTests {
    /// A 147 complaint at 08:00 WIB with a TL escalation (SLA 30 min) and a callback, seen at 08:45.
    static func world() throws -> TestWorld {
        let world = try TestWorld()
        world.now = "2026-11-21T08:00"
        try world.expectSuccess(
            world.shell(
                [
                    "ready", "start 147-complaint", "escalate tl Pelanggan meminta bicara dengan TL",
                    "callback 081234567890 Cek ulang gangguan internet",
                ], as: "1001"))
        world.now = "2026-11-21T08:45"
        return world
    }

    @Test func metricsCountOpenAndOverdueEscalationsAndOpenCallbacks() throws {
        let world = try Self.world()
        let (server, port) = try ReportAndMetricsTests.serve(world)
        let metrics = try HTTPGet.get(port: port, path: "/metrics")
        #expect(server.stop(SIGTERM) == .exited(0))
        #expect(metrics.status == 200)
        #expect(metrics.body.contains("pandu_escalations_open{level=\"tl\"} 1\n"), "\(metrics.body)")
        #expect(metrics.body.contains("pandu_escalations_overdue{level=\"tl\"} 1\n"))
        #expect(metrics.body.contains("pandu_callbacks_open{status=\"open\"} 1\n"))
        #expect(metrics.body.contains("pandu_qc_evaluations{window_days=\"30\"} 0\n"))
        #expect(!metrics.body.contains("pandu_qc_compliance_ratio"), "no ratio without evaluations")
        #expect(!metrics.body.contains("pandu_provider_errors 1"))
        let promtool = "/usr/bin/promtool"
        if FileManager.default.isExecutableFile(atPath: promtool) {
            let check = try BinaryRunner(executable: URL(fileURLWithPath: promtool)).run(
                ["check", "metrics"], stdin: metrics.body)
            #expect(check.exitCode == 0, "promtool: \(check.stdout)\(check.stderr)")
        }
    }

    @Test func f03ListsTheDisciplineRecordsOfTheTeamLeaders() throws {
        let world = try Self.world()
        try world.expectSuccess(
            world.run(
                ["review", "discipline", "1001", "--rule", "login-terlambat", "--action", "teguran-lisan"],
                as: "2001"))
        let result = try world.run(["report", "f03", "--date", "2026-11-21", "--format", "csv"], as: "9000")
        try world.expectSuccess(result)
        let block = result.stdout.components(separatedBy: "# discipline_actions").last ?? ""
        #expect(block.contains("1001"), "\(result.stdout)")
        #expect(block.contains("teguran-lisan"))
        #expect(block.contains("login-terlambat"))
        #expect(block.contains("2001"))
    }
}
