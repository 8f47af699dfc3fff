import Foundation
import Testing

@testable import PanduCore

@Suite("KPICalculator: counts and named measures worked out by hand")
struct KPICalculatorTests {
    static let t0 = MonitoringFixtures.t0
    let episodes = MonitoringFixtures.episodes(MonitoringFixtures.callLog)
    let firstHalfHour = TimeSpan(start: t0, end: t0 + 1800)

    func row(_ config: KPIConfig = KPIConfig(), handling: HandlingInput = HandlingInput()) -> KPIRow {
        KPICalculator(config: config).row(episodes, queues: ["147"], span: firstHalfHour, handling: handling)
    }

    /// Measures are compared to 1e-9.
    func expectValue(
        _ row: KPIRow, _ name: String, _ expected: Double?, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let value = row.value(name)
        if let expected, let value {
            #expect(
                abs(value - expected) < 1e-9, "\(name) = \(value), expected \(expected)", sourceLocation: sourceLocation
            )
        } else {
            #expect(value == expected, "\(name)", sourceLocation: sourceLocation)
        }
    }

    @Test func counts() {
        let c = row().counts
        // c1…c11 entered in [t0, t0+1800); c12 entered at t0+1900.
        #expect(c.offered == 11)
        // c1 (12 s), c2 (25 s), c7 (30 s), c11 (20 s).
        #expect(c.answered == 4)
        // c3 (3 s), c4 (40 s), c9 (5 s, member in the agent column).
        #expect(c.abandoned == 3)
        #expect(c.abandoned(within: 5) == 2)  // c3, c9: ≤ 5 s inclusive
        #expect(c.timeouts == 1)  // c5
        #expect(c.exitsByKey == 1)  // c6
        #expect(c.exitsEmpty == 1)  // c10
        #expect(c.transfers == 2)  // c7 blind, c11 attended
        #expect(c.completed == 2)  // c1, c2
        #expect(c.handled == 4)
        #expect(c.open == 1)  // c8
        #expect(c.waiting == 1)
        #expect(c.answered(within: 20) == 2)  // 12, 20
        #expect(c.answered(within: 30) == 4)  // 12, 25, 30, 20
        #expect(c.sumWaitAnswered == 87)  // 12 + 25 + 30 + 20
        #expect(c.maxWaitAnswered == 30)
        #expect(c.sumTalk == 648)  // 188 + 300 + 60 + 100
        #expect(c.sumWaitAbandoned == 48)  // 3 + 40 + 5
    }

    @Test func serviceLevels() {
        let r = row()
        // Regulator: answered ≤ 30 s / (offered − abandoned ≤ 5 s) = 4 / (11 − 2).
        expectValue(r, "sl_regulator", 4.0 / 9.0)
        #expect(r["sl_regulator"]?.numerator == 4)
        #expect(r["sl_regulator"]?.denominator == 9)
        #expect(r["sl_regulator"]?.formula == "answered within 30 s / (offered - abandoned within 5 s)")
        // sl_20 = answered ≤ 20 s / (offered − short abandons) = 2 / 9; sl_30 = 4 / 9.
        expectValue(r, "sl_20", 2.0 / 9.0)
        expectValue(r, "sl_30", 4.0 / 9.0)
        // Answered-in-T / offered: 2 / 11 and 4 / 11.
        expectValue(r, "sl_offered_20", 2.0 / 11.0)
        expectValue(r, "sl_offered_30", 4.0 / 11.0)
        // Asterisk SL at 20 s = A≤20 / A = 2 / 4; SL2 = (A≤20 + Ab≤20) / (A + Ab) = (2 + 2) / (4 + 3).
        expectValue(r, "sl_answered", 0.5)
        expectValue(r, "sl2", 4.0 / 7.0)
    }

    @Test func abandonmentSpeedAndHandling() {
        let r = row()
        expectValue(r, "answer_rate", 4.0 / 11.0)
        expectValue(r, "abandon_rate", 3.0 / 11.0)
        // (Ab − Ab≤5) / (E − Ab≤5) = (3 − 2) / (11 − 2).
        expectValue(r, "abandon_rate_excl_short", 1.0 / 9.0)
        // (Ab + timeouts) / E = (3 + 1) / 11.
        expectValue(r, "unanswered_rate", 4.0 / 11.0)
        expectValue(r, "asa", 87.0 / 4.0)
        expectValue(r, "avg_wait_abandoned", 16)
        expectValue(r, "att", 162)
        expectValue(r, "aht", 162)  // no handling records: ACW 0
        #expect(r["asa"]?.unit == .seconds)
        #expect(r["scr"] == nil)  // no trunk counts given
    }

    @Test func ahtAddsACWFromHandlingRecords() {
        // c1: ACW 30 s; c2: hold 60 s, ACW 20 s; plus 10 s ACW booked to the interval itself.
        let handling = HandlingInput(
            perCall: ["c1.1": HandlingSeconds(acw: 30), "c2.1": HandlingSeconds(hold: 60, acw: 20)],
            perInterval: [Self.t0: HandlingSeconds(acw: 10)])
        let r = row(handling: handling)
        // calltime already holds the hold: (648 + 30 + 20 + 10) / 4 = 177.
        expectValue(r, "aht", 177)
        expectValue(r, "avg_hold", 15)
        expectValue(r, "avg_acw", 15)
        // When talk is measured without hold, hold is added: (648 + 60 + 60) / 4 = 192.
        var config = KPIConfig()
        config.holdIncludedInTalk = false
        expectValue(row(config, handling: handling), "aht", 192)
    }

    @Test func configurableThresholds() {
        var config = KPIConfig()
        config.thresholds = [25]
        config.shortAbandonSeconds = 3
        config.asteriskServiceLevelSeconds = 30
        let r = row(config)
        // Answered ≤ 25 s: 12, 25, 20 = 3; short abandons ≤ 3 s: c3 only; 3 / (11 − 1).
        expectValue(r, "sl_25", 0.3)
        #expect(r["sl_20"] == nil)
        expectValue(r, "sl_answered", 1)  // 4 / 4 within 30 s
        // SL2 at 30 s: (4 + 2) / (4 + 3).
        expectValue(r, "sl2", 6.0 / 7.0)
        expectValue(r, "sl_regulator", 4.0 / 9.0)  // unchanged: 30 s and 5 s are the regulator's own
    }

    @Test func emptyIntervalsGiveNilNotNaN() {
        let r = KPICalculator().row(episodes, span: TimeSpan(start: Self.t0 - 3600, end: Self.t0))
        #expect(r.counts.offered == 0)
        for m in r.measures { #expect(m.value == nil, "\(m.name)") }
    }

    @Test func gridRowsAssignEpisodesByEntryTime() {
        let grid = IntervalGrid(
            .minutes(30), from: Self.t0, to: Self.t0 + 3600, utcOffsetSeconds: MonitoringFixtures.wib)
        let rows = KPICalculator().rows(episodes, queues: ["147"], grid: grid)
        #expect(rows.count == 2)
        #expect(rows.map(\.counts.offered) == [11, 1])
        // c12: answered in 5 s, 1 / (1 − 0).
        #expect(rows[1].value("sl_regulator") == 1)
        #expect(rows[1].value("aht") == 50)
        #expect(
            rows.map(\.counts.offered).reduce(0, +)
                == KPICalculator().row(episodes, span: TimeSpan(start: Self.t0, end: Self.t0 + 3600)).counts.offered)
        #expect(KPICalculator().rows(episodes, queues: ["108"], grid: grid).map(\.counts.offered) == [0, 0])
    }

    @Test func parsingTwiceOrWithDuplicatedLinesGivesIdenticalKPIs() {
        let log = MonitoringFixtures.callLog
        let doubled = log + log
        let shuffledLines = log.split(separator: "\n").reversed().joined(separator: "\n")
        let once = KPICalculator().row(MonitoringFixtures.episodes(log), span: firstHalfHour)
        #expect(KPICalculator().row(MonitoringFixtures.episodes(doubled), span: firstHalfHour) == once)
        #expect(KPICalculator().row(MonitoringFixtures.episodes(shuffledLines), span: firstHalfHour) == once)
    }

    @Test func orphansAreLeftOutUnlessAsked() {
        let log = """
            1795223000|p.1|147|Budi|COMPLETECALLER|20|100|1
            1795222900|q.1|147|NONE|ENTERQUEUE||0812|1
            """
        let eps = MonitoringFixtures.episodes(log)
        let span = TimeSpan(start: Self.t0, end: Self.t0 + 1800)
        let skip = KPICalculator().row(eps, span: span)
        #expect(skip.counts.offered == 1)
        #expect(skip.counts.orphansSkipped == 1)
        var config = KPIConfig()
        config.includeOrphans = true
        let take = KPICalculator(config: config).row(eps, span: span)
        #expect(take.counts.offered == 2)
        #expect(take.counts.answered == 1)
    }

    @Test func overflowCanCountOncePerService() {
        let log = """
            1795222900|v.1|147|NONE|ENTERQUEUE||0812|1
            1795222960|v.1|147|NONE|EXITWITHTIMEOUT|1|1|60
            1795222960|v.1|147-overflow|NONE|ENTERQUEUE||0812|1
            1795222970|v.1|147-overflow|Budi|CONNECT|10|m|2
            1795223070|v.1|147-overflow|Budi|COMPLETECALLER|10|100|1
            """
        let eps = MonitoringFixtures.episodes(log)
        let span = TimeSpan(start: Self.t0, end: Self.t0 + 1800)
        let service: Set<String> = ["147", "147-overflow"]
        let perEpisode = KPICalculator().row(eps, queues: service, span: span)
        #expect(perEpisode.counts.offered == 2)
        #expect(perEpisode.counts.timeouts == 1)
        var config = KPIConfig()
        config.mergeOverflow = true
        let merged = KPICalculator(config: config).row(eps, queues: service, span: span)
        // One caller: entered t0+100, answered after 60 s in 147 + 10 s in the overflow queue.
        #expect(merged.counts.offered == 1)
        #expect(merged.counts.answered == 1)
        #expect(merged.counts.timeouts == 0)
        #expect(merged.counts.sumWaitAnswered == 70)
    }

    @Test func scrFromTrunkAttemptsAndItsWarning() {
        let grid = IntervalGrid(
            .minutes(30), from: Self.t0 - 1800, to: Self.t0 + 1800, utcOffsetSeconds: MonitoringFixtures.wib)
        let log = """
            1795221000|a.1|147|NONE|ENTERQUEUE||0812|1
            1795221005|a.1|147|Budi|CONNECT|5|m|2
            1795222900|b.1|147|NONE|ENTERQUEUE||0812|1
            1795222905|b.1|147|Budi|CONNECT|5|m|2
            """
        let trunks = [
            TrunkCounts(start: Self.t0 - 1800, attempts: 100, blocked: 2),
            TrunkCounts(start: Self.t0, attempts: 60, accepted: 40, blocked: 20),
            TrunkCounts(start: Self.t0 + 900, attempts: 40, accepted: 30, blocked: 10),
        ]
        var config = KPIConfig()
        config.scrTarget = 0.95
        let rows = KPICalculator(config: config).rows(MonitoringFixtures.episodes(log), grid: grid, trunks: trunks)
        // Row 1: 98 / 100; SL 100 %: fine. Row 2: (40 + 30) / (60 + 40) = 0.7 below 0.95 while SL is 100 %.
        #expect(rows[0].value("scr") == 0.98)
        #expect(rows[0].value("blocked_rate") == 0.02)
        #expect(!rows[0].scrWarning)
        #expect(rows[1].value("scr") == 0.7)
        #expect(rows[1].trunk?.attempts == 100)
        #expect(rows[1].scrWarning)
        config.scrNumerator = .enteredQueue
        let queueSide = KPICalculator(config: config).rows(MonitoringFixtures.episodes(log), grid: grid, trunks: trunks)
        #expect(queueSide[0].value("scr") == 0.01)  // 1 entered / 100 attempts
        #expect(queueSide[0]["scr"]?.formula == "calls entering the queue / call attempts")
    }
}

@Suite("KPICounts: stored counts roll up")
struct KPICountsRollUpTests {
    @Test func mergedHalfHoursEqualTheHour() {
        let t0 = MonitoringFixtures.t0
        let episodes = MonitoringFixtures.episodes(MonitoringFixtures.callLog)
        let calculator = KPICalculator()
        let grid = IntervalGrid(.minutes(30), from: t0, to: t0 + 3600, utcOffsetSeconds: MonitoringFixtures.wib)
        var total = calculator.emptyCounts()
        for row in calculator.rows(episodes, grid: grid) { total.merge(row.counts) }
        let hour = TimeSpan(start: t0, end: t0 + 3600)
        let direct = calculator.row(episodes, span: hour)
        #expect(total == direct.counts)
        #expect(calculator.row(counts: total, span: hour) == direct)
    }
}
