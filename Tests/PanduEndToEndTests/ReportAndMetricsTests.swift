import Foundation
import Testing

/// Reports through Chromium, `/metrics` through promtool and a real Prometheus server.
@Suite struct ReportAndMetricsTests {
    /// 2026-11-21 08:00 WIB.
    static let eight = 1_795_222_800

    /// Three calls to 147 between 08:00 and 08:10 WIB (SL regulator 1 / 3, abandon 1 / 3): one answered in 12 s,
    /// one abandoned after 40 s, one still waiting since 08:06:40; agent 1001 on a contact since 08:00.
    static func world() throws -> TestWorld {
        let world = try TestWorld()
        let t = eight
        let log =
            [
                "\(t + 10)|c1|147|NONE|ENTERQUEUE||081234567890|1",
                "\(t + 22)|c1|147|SIP/1001|CONNECT|12|c1b|3",
                "\(t + 122)|c1|147|SIP/1001|COMPLETECALLER|12|100|1",
                "\(t + 30)|c2|147|NONE|ENTERQUEUE||081298765432|1",
                "\(t + 70)|c2|147|NONE|ABANDON|1|1|40",
                "\(t + 400)|c3|147|NONE|ENTERQUEUE||081211112222|1",
                "\(t + 5)|MANAGER|147|SIP/1105|ADDMEMBER|",
                "\(t + 6)|NONE|147|SIP/1105|PAUSE|Istirahat",
            ].joined(separator: "\n") + "\n"
        let file = world.folder.appendingPathComponent("queue_log")
        try log.write(to: file, atomically: true, encoding: .utf8)
        try world.expectSuccess(world.run(["acd", "import", file.path], as: "9000"))
        let roster = world.folder.appendingPathComponent("roster.csv")
        try """
        agent,date,shift_start,shift_end,breaks,aux_allowance_minutes
        1001,2026-11-21,07:00,15:00,12:00-13:00,60
        1002,2026-11-21,07:00,15:00,12:00-13:00,60
        """.write(to: roster, atomically: true, encoding: .utf8)
        try world.expectSuccess(world.run(["roster", "import", roster.path], as: "9000"))
        _ = try world.shell(["ready", "start 108"], as: "1001")
        world.now = "2026-11-21T08:10"
        return world
    }

    @Test func rosterReportsNameTheLateAndTheAbsent() throws {
        let world = try Self.world()
        world.now = "2026-11-21T16:00"
        let f02 = try world.run(
            ["report", "f02", "--date", "2026-11-21", "--format", "csv"], as: "9000")
        try world.expectSuccess(f02)
        #expect(
            f02.stdout.contains(
                "2026-11-21,1001,Rina Wulandari,07:00-15:00,08:00,-,60."), "\(f02.stdout)")
        #expect(f02.stdout.contains(",present,yes,no,"), "1001 present, late, no early logout")
        #expect(
            f02.stdout.contains("2026-11-21,1002,Budi Santoso,07:00-15:00,-,-,-,absent,no,no,0:00,"))
        let f03 = try world.run(
            ["report", "f03", "--date", "2026-11-21", "--format", "csv"], as: "9000")
        try world.expectSuccess(f03)
        #expect(
            f03.stdout.contains(
                "2026-11-21,1001,Rina Wulandari,late_login,60."), "\(f03.stdout)"
        )
        #expect(f03.stdout.contains("2026-11-21,1002,Budi Santoso,absent,no login in the shift"))
        #expect(
            f03.stdout.contains("# discipline_actions\r\nat,agent,name,action,note,recorded_by\r\n"))
        let tl = try world.run(
            ["report", "f02", "--date", "2026-11-21", "--format", "csv"], as: "2001")
        try world.expectSuccess(tl)
        #expect(tl.stdout.contains(",1001,Rina Wulandari,"), "a TL sees their team (T1)")
        #expect(!tl.stdout.contains(",1002,"), "and not another team's agents")
        world.now = "2026-11-21T08:10"
        let monitor = try world.run(["monitor", "--once"], as: "9000")
        #expect(monitor.stdout.contains("LATE"))
        #expect(monitor.stdout.contains("1002      Budi Santoso      logged_out"), "\(monitor.stdout)")
        #expect(monitor.stdout.contains("ABSENT"))
    }

    @Test func telkomCareReportCountsRepliesAndTheWaitingList() throws {
        let world = try TestWorld()
        world.now = "2026-11-21T09:00"
        _ = try world.shell(
            [
                "start socmed", "say Halo Kak, terima kasih sudah menghubungi TelkomCare.",
                "close resolved",
            ], as: "1002")
        world.now = "2026-11-21T09:30"
        _ = try world.shell(["start socmed"], as: "1002")
        world.now = "2026-11-21T16:00"
        let f21 = try world.run(
            ["report", "f21", "--date", "2026-11-21", "--format", "csv"], as: "9000")
        try world.expectSuccess(f21)
        #expect(f21.stdout.contains("Received,2,\r\nReplied,1,\r\n"), "\(f21.stdout)")
        #expect(f21.stdout.contains("Response rate,50.0%,target ≥ 90.0%"))
        #expect(f21.stdout.contains("1002,Budi Santoso,2,1,"))
        #expect(f21.stdout.contains(",1002,2026-11-21 09:30:"), "waiting since 09:30")
    }

    @Test func dailyAnalysisListsMissesAndRecoveryPlans() throws {
        let world = try Self.world()
        world.now = "2026-11-21T09:00"
        try world.expectSuccess(world.run(["recovery", "scan", "--from", "2026-11-21"], as: "9000"))
        let f05 = try world.run(
            ["report", "f05", "--date", "2026-11-21", "--interval", "15", "--format", "csv"], as: "9000")
        try world.expectSuccess(f05)
        #expect(f05.stdout.contains("08:00-08:15,147,sl_regulator,33.3%,≥ 90.0%,3"), "\(f05.stdout)")
        #expect(f05.stdout.contains("# recovery_plans"))
        #expect(f05.stdout.contains(",147,sl_regulator,08:00-08:15,33.3%,≥ 90.0%,"), "\(f05.stdout)")
    }

    @Test func monitorShowsTheQueueOfTheCurrentInterval() throws {
        let world = try Self.world()
        let result = try world.run(["monitor", "--once"], as: "9000", extra: ["PANDU_LANG": "en"])
        try world.expectSuccess(result)
        // The ACD logged "Istirahat"; aux-reasons.yaml makes it the floor's code.
        #expect(result.stdout.contains("aux:istirahat"), "an ACD-only agent paused since 08:00:06")
        #expect(
            result.stdout.contains(
                "147              3     1     1    33.3    33.3    12s      1     3:2"), "\(result.stdout)"
        )
    }

    @Test func reportsInEveryFormat() throws {
        let world = try Self.world()
        world.now = "2026-11-21T16:00"
        for report in ["f02", "f03", "f05", "f06", "f21"] {
            for format in ["md", "csv", "json", "html"] {
                let result = try world.run(
                    ["report", report, "--date", "2026-11-21", "--format", format], as: "9000")
                try world.expectSuccess(result)
                #expect(!result.stdout.isEmpty, "\(report) \(format)")
            }
        }
        let md = try world.run(["report", "f06", "--date", "2026-11-21", "--format", "md"], as: "9000")
            .stdout
        #expect(
            md.contains("| 08:00-08:30 | 3 | 1 | 1 | 1 | 33.3% ✗ | 33.3% ✗ | 33.3% ✗ | 12s | 100s |"),
            "\(md)")
        let json = try world.run(
            ["report", "f05", "--date", "2026-11-21", "--format", "json"], as: "9000"
        ).stdout
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["form"] as? String == "F-05")
        let refused = try world.run(["report", "f06", "--date", "2026-11-21"], as: "1001")
        #expect(refused.exitCode == 1)
        let bad = try world.run(
            ["report", "f06", "--from", "2026-11-22", "--to", "2026-11-21"], as: "9000")
        #expect(bad.exitCode == 64)
    }

    static let chromium = "/usr/bin/chromium"
    static let prometheus = "/usr/bin/prometheus"

    @Test(
        .enabled(
            if: FileManager.default.isExecutableFile(atPath: chromium),
            "skipped: /usr/bin/chromium is not installed (apt-get install chromium; scripts/test installs it)"
        ))
    func htmlReportScreenshotShowsCharts() throws {
        let chromium = Self.chromium
        let world = try Self.world()
        world.now = "2026-11-21T16:00"
        let html = world.folder.appendingPathComponent("f06.html")
        try world.expectSuccess(
            world.run(
                ["report", "f06", "--date", "2026-11-21", "--format", "html", "--output", html.path],
                as: "9000"))
        let page = try String(contentsOf: html, encoding: .utf8)
        #expect(page.contains("<svg"))
        let png = world.folder.appendingPathComponent("f06.png")
        let shot = try BinaryRunner(executable: URL(fileURLWithPath: chromium)).run(
            [
                "--headless", "--no-sandbox", "--disable-gpu",
                "--user-data-dir=\(world.folder.path)/chromium",
                "--screenshot=\(png.path)", "--window-size=1280,2000", html.absoluteString,
            ], environment: ["HOME": world.folder.path], timeout: .seconds(120))
        #expect(shot.exitCode == 0, "\(shot.stderr)")
        let bytes = [UInt8](try Data(contentsOf: png))
        #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]), "a PNG")
        #expect(
            bytes.count > 30_000, "a page with charts and tables, not a blank one: \(bytes.count) bytes")
        #expect(Set(bytes).count > 200, "varied pixels")
    }

    /// Starts `pandu serve --port 0` and returns it with the port it printed.
    static func serve(_ world: TestWorld) throws -> (BackgroundProcess, Int) {
        let server = try BackgroundProcess(
            executable: try ProductLocator.executable(named: "pandu"),
            arguments: ["serve", "--port", "0"],
            environment: world.environment(extra: ["PANDU_LANG": "en"]), folder: world.folder,
            name: "serve")
        let port = try #require(Int(try server.waitForOutput(#"http://127\.0\.0\.1:(\d+)/metrics"#)))
        return (server, port)
    }

    @Test func serveExposesMetricsPromtoolAcceptsAndStopsOnSIGTERM() throws {
        let world = try Self.world()
        let (server, port) = try Self.serve(world)
        let health = try HTTPGet.get(port: port, path: "/healthz")
        #expect(health.status == 200 && health.body == "ok\n")
        #expect(try HTTPGet.get(port: port, path: "/nope").status == 404)
        let metrics = try HTTPGet.get(port: port, path: "/metrics")
        #expect(metrics.status == 200)
        #expect(metrics.body.contains("pandu_queue_offered{service=\"147\"} 3\n"))
        #expect(metrics.body.contains("pandu_queue_waiting_calls{service=\"147\"} 1\n"))
        #expect(
            metrics.body.contains("pandu_queue_abandon_ratio{service=\"147\"} 0.3333333333333333\n"))
        #expect(metrics.body.contains("pandu_agents{state=\"on_contact\"} 1\n"))
        #expect(metrics.body.contains("pandu_up 1\n"))
        let promtool = "/usr/bin/promtool"
        if FileManager.default.isExecutableFile(atPath: promtool) {
            let check = try BinaryRunner(executable: URL(fileURLWithPath: promtool)).run(
                ["check", "metrics"], stdin: metrics.body)
            #expect(check.exitCode == 0, "promtool: \(check.stdout)\(check.stderr)")
        } else {
            print("SKIPPED promtool check: \(promtool) is not installed (apt-get install prometheus)")
        }
        #expect(server.stop(SIGTERM) == .exited(0))
        #expect(server.errors.contains("pandu serve stopped."))
    }

    @Test(
        .enabled(
            if: FileManager.default.isExecutableFile(atPath: prometheus),
            "skipped: /usr/bin/prometheus is not installed (apt-get install prometheus; scripts/test installs it)"
        ))
    func prometheusScrapesPanduAndAnswersAQuery() throws {
        let prometheus = Self.prometheus
        let world = try Self.world()
        let (server, port) = try Self.serve(world)
        defer { _ = server.stop(SIGTERM) }
        let config = world.folder.appendingPathComponent("prometheus.yml")
        try """
        global: {scrape_interval: 1s, evaluation_interval: 1s}
        scrape_configs:
          - job_name: pandu
            static_configs: [{targets: ["127.0.0.1:\(port)"]}]
        """.write(to: config, atomically: true, encoding: .utf8)
        let webPort = HTTPGet.freePort()
        let server2 = try BackgroundProcess(
            executable: URL(fileURLWithPath: prometheus),
            arguments: [
                "--config.file=\(config.path)", "--storage.tsdb.path=\(world.folder.path)/tsdb",
                "--web.listen-address=127.0.0.1:\(webPort)",
            ], environment: ["HOME": world.folder.path], folder: world.folder, name: "prometheus")
        defer { _ = server2.stop(SIGTERM, timeout: .seconds(20)) }
        let deadline = ContinuousClock.now + .seconds(90)
        var last = ""
        while ContinuousClock.now < deadline {
            if let answer = try? HTTPGet.get(
                port: webPort, path: "/api/v1/query?query=pandu_queue_offered%7Bservice%3D%22147%22%7D")
            {
                last = answer.body
                if answer.body.contains("\"status\":\"success\""), answer.body.contains("\"3\"]") { break }
            }
            usleep(500_000)
        }
        #expect(
            last.contains("\"job\":\"pandu\""),
            "Prometheus answered: \(last)\n\(server2.errors.suffix(2000))")
        #expect(last.contains("\"3\"]"), "the offered count scraped from pandu: \(last)")
    }
}
