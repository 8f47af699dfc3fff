import Foundation
import PanduCore
import PanduMetrics
import Testing

@testable import PanduShell

@Suite struct MonitorRendererTests {
    /// 2026-11-21 08:07:30 WIB.
    static let now = Date(timeIntervalSince1970: 1_795_223_250)
    static let interval = TimeSpan(start: 1_795_222_800, end: 1_795_223_700)

    static func snapshot() -> MonitorSnapshot {
        var counts = KPICounts(thresholds: [20, 30])
        counts.offered = 10
        counts.answered = 8
        counts.abandoned = 2
        counts.answeredWithin = [7, 8]
        counts.sumWaitAnswered = 96
        let row = KPICalculator(config: KPIConfig()).row(counts: counts, span: interval)
        let targets = [
            MeasureTarget(measure: "sl_regulator", min: 0.9),
            MeasureTarget(measure: "abandon_rate", max: 0.05),
            MeasureTarget(measure: "asa", max: 20),
        ]
        let at = { (minutes: Double) in now.addingTimeInterval(-minutes * 60) }
        var plan = RecoveryPlan(
            id: 7, scope: "147", measure: "sl_regulator",
            intervalStart: Date(timeIntervalSince1970: 1_795_221_900),
            intervalEnd: Date(timeIntervalSince1970: 1_795_222_800), observed: 0.8, target: 0.9,
            direction: "min",
            openedAt: at(5), openedBy: PersonCode("9000"))
        plan.owner = PersonCode("2001")
        var social = SocialKPI()
        social.waiting = 3
        social.oldestWaitingSeconds = 754
        social.frtMedian = 300
        return MonitorSnapshot(
            at: now, zone: .wib, interval: interval,
            queues: [
                QueueFigures(
                    service: "147", label: "147", queues: ["147"], row: row,
                    live: QueueLiveStatus(waiting: 2, longestWaitSeconds: 75), targets: targets)
            ],
            agents: [
                AgentFigures(code: "1001", name: "Rina Wulandari", state: .onContact, since: at(2.5)),
                AgentFigures(
                    code: "1002", name: "Budi Santoso", state: .aux("toilet"), since: at(12),
                    overAuxAllowance: true),
                AgentFigures(code: "1003", name: "Sari", state: .ready, since: at(0.5), late: true),
                AgentFigures(code: "1004", name: "Joko", state: .loggedOut),
            ],
            plans: [plan],
            social: SocialFigures(kpi: social, targets: [MeasureTarget(measure: "waiting", max: 25)]))
    }

    @Test func plainSnapshotMatchesTheGoldenText() {
        let renderer = MonitorRenderer(width: 80, height: 24, colour: false, messages: Messages(.en))
        let text = renderer.lines(Self.snapshot()).joined(separator: "\n")
        #expect(
            text == """
                Pandu monitor  2026-11-21 08:07:30 WIB  interval 08:00 - 08:15
                QUEUE          OFF   ANS   ABN     SL%    ABN%    ASA   WAIT  LONGEST
                147             10     8     2    80.0    20.0    12s      2     1:15
                AGENTS  ready 1  contact 1  acw 0  aux 1  not-ready 0  out 1
                1003      Sari              ready               0:30  LATE
                1002      Budi Santoso      aux:toilet         12:00  OVER-AUX
                1001      Rina Wulandari    on_contact          2:30
                RECOVERY PLANS  1
                #7 147 sl_regulator 80.0% < 90.0% 07:45-08:00 open owner 2001
                SOCIAL  waiting 3  oldest 12:34  FRT median 5:00  response -
                q or Ctrl-C: quit  ·  refreshes by itself
                """)
    }

    @Test func colouredAgainstTargetOnlyWhenAllowed() {
        let coloured = MonitorRenderer(width: 80, height: 24, colour: true, messages: Messages(.en))
            .lines(Self.snapshot())
        #expect(coloured[2].contains("\u{1B}[31m   80.0\u{1B}[0m"), "SL below target is red")
        #expect(coloured[2].contains("\u{1B}[32m   12s\u{1B}[0m"), "ASA within target is green")
        let plain = MonitorRenderer(width: 80, height: 24, colour: false, messages: Messages(.en))
            .lines(Self.snapshot())
        #expect(!plain.joined().contains("\u{1B}"))
    }

    @Test func fitsASmallTerminalAndSaysHowManyAgentsAreHidden() {
        let renderer = MonitorRenderer(width: 40, height: 9, colour: false, messages: Messages(.en))
        let lines = renderer.lines(Self.snapshot())
        #expect(lines.count <= 9)
        #expect(lines.allSatisfy { $0.count <= 40 })
        #expect(lines.contains { $0.hasPrefix("… 3 more agents") })
    }

    @Test func aTallerTerminalShowsMoreAgents() {
        var snapshot = Self.snapshot()
        snapshot.agents = (1...40).map {
            AgentFigures(code: String(1000 + $0), name: "Agent \($0)", state: .ready)
        }
        let short = MonitorRenderer(width: 80, height: 24, colour: false, messages: Messages(.en))
            .lines(snapshot)
        let tall = MonitorRenderer(width: 80, height: 50, colour: false, messages: Messages(.en)).lines(
            snapshot)
        #expect(short.count == 24)
        #expect(short.contains { $0.hasPrefix("… 25 more agents") })
        #expect(tall.filter { $0.hasPrefix("10") }.count == 40, "every agent fits in 50 lines")
    }
}
