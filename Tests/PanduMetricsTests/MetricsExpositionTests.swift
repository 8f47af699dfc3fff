import Foundation
import PanduCore
import Testing

@testable import PanduMetrics

@Suite struct MetricsExpositionTests {
    @Test func writesHelpTypeAndSamplesWithEscapedLabels() {
        let family = MetricFamily(
            name: "pandu_x", help: "A back\\slash\nand newline.",
            samples: [.init([.init("service", "a\"b\\c\nd"), .init("q", "147")], 0.25), .init([], 3)])
        #expect(
            MetricsExposition.render([family]) == """
                # HELP pandu_x A back\\\\slash\\nand newline.
                # TYPE pandu_x gauge
                pandu_x{service="a\\"b\\\\c\\nd",q="147"} 0.25
                pandu_x 3

                """)
    }

    @Test func numbersAsPrometheusSpellsThem() {
        #expect(MetricsExposition.number(12) == "12")
        #expect(MetricsExposition.number(0.9) == "0.9")
        #expect(MetricsExposition.number(.nan) == "NaN")
        #expect(MetricsExposition.number(.infinity) == "+Inf")
        #expect(MetricsExposition.number(-.infinity) == "-Inf")
    }

    @Test func snapshotFamiliesCountAgentsByStateAndOmitValuelessMeasures() {
        let now = Date(timeIntervalSince1970: 1_763_686_800)  // 2025-11-21 08:00 WIB
        let span = TimeSpan(start: 1_763_686_800, end: 1_763_687_700)
        var counts = KPICounts(thresholds: [20, 30])
        counts.offered = 4
        counts.answered = 3
        counts.abandoned = 1
        counts.answeredWithin = [3, 3]
        counts.sumWaitAnswered = 30
        let row = KPICalculator(config: KPIConfig()).row(counts: counts, span: span)
        let empty = KPICalculator(config: KPIConfig()).row(
            counts: KPICounts(thresholds: [20, 30]), span: span)
        let snapshot = MonitorSnapshot(
            at: now, zone: .wib, interval: span,
            queues: [
                QueueFigures(
                    service: "147", label: "147", queues: ["147"], row: row,
                    live: QueueLiveStatus(waiting: 2, longestWaitSeconds: 40),
                    targets: [.init(measure: "asa", max: 20)]),
                QueueFigures(
                    service: "108", label: "108", queues: ["108"], row: empty, live: QueueLiveStatus(),
                    targets: []),
            ],
            agents: [
                AgentFigures(code: "1001", name: "A", state: .ready, late: true),
                AgentFigures(code: "1002", name: "B", state: .aux("toilet"), overAuxAllowance: true),
                AgentFigures(code: "1003", name: "C", state: .aux("sholat")),
            ])
        let text = MetricsExposition.render(SnapshotMetrics.families(snapshot))
        #expect(text.contains("pandu_queue_offered{service=\"147\"} 4\n"))
        #expect(text.contains("pandu_queue_waiting_calls{service=\"147\"} 2\n"))
        #expect(text.contains("pandu_queue_longest_wait_seconds{service=\"147\"} 40\n"))
        #expect(text.contains("pandu_queue_asa_seconds{service=\"147\"} 10\n"))
        #expect(text.contains("pandu_queue_abandon_ratio{service=\"147\"} 0.25\n"))
        #expect(
            !text.contains("pandu_queue_asa_seconds{service=\"108\"}"), "no answered call: no ASA sample")
        #expect(text.contains("pandu_queue_target{service=\"147\",measure=\"asa\",bound=\"max\"} 20\n"))
        #expect(text.contains("pandu_agents{state=\"aux\"} 2\n"))
        #expect(text.contains("pandu_agents{state=\"ready\"} 1\n"))
        #expect(text.contains("pandu_agents{state=\"logged_out\"} 0\n"))
        #expect(text.contains("pandu_agents_aux{reason=\"toilet\"} 1\n"))
        #expect(text.contains("pandu_agents_late 1\n"))
        #expect(text.contains("pandu_agents_over_aux_allowance 1\n"))
        #expect(text.contains("pandu_recovery_plans_open{status=\"open\"} 0\n"))
        let names = Set(SnapshotMetrics.families(snapshot).map(\.name))
        #expect(names.isSubset(of: Set(MetricsCatalogue.snapshot)))
    }
}
