import Testing

@testable import PanduCore

/// Targets, verdicts and the narrowing of counts kept for more thresholds.
@Suite struct KPITargetsTests {
    @Test func verdicts() {
        #expect(MeasureTarget(measure: "sl_regulator", min: 0.9).isMet(by: 0.9))
        #expect(!MeasureTarget(measure: "sl_regulator", min: 0.9).isMet(by: 0.89))
        #expect(MeasureTarget(measure: "asa", max: 20).isMet(by: 20))
        #expect(!MeasureTarget(measure: "asa", max: 20).isMet(by: 20.5))
    }

    @Test func queuesWithoutAServiceGetTheDefaults() {
        let t = KPITargets(services: [
            ServiceTargets(id: "147", label: "147", queues: ["147", "147-info"], targets: [])
        ])
        #expect(t.service(forQueue: "147-info").id == "147")
        let other = t.service(forQueue: "500")
        #expect(other.id == "500")
        #expect(other.config.regulatorAnswerSeconds == 30)
        #expect(t.allThresholds == [5, 20, 30])
    }

    @Test func narrowingKeepsEveryCountAndTheChosenThresholds() {
        var wide = KPICounts(thresholds: [5, 10, 20, 30])
        for wait in [3, 8, 15, 25, 40] {
            var e = Episode(callID: "c\(wait)", queue: "147", enteredAt: 0)
            e.connectedAt = Int64(wait)
            e.waitSeconds = wait
            e.talkSeconds = 100
            e.exit = .completedByCaller
            wide.add(e)
        }
        let narrow = wide.narrowed(to: [5, 30])
        #expect(narrow.thresholds == [5, 30])
        #expect(narrow.answeredWithin == [1, 4])
        #expect(narrow.answered == 5)
        #expect(narrow.sumTalk == 500)
        #expect(narrow.sumWaitAnswered == 91)
    }
}
