import Foundation
import Testing

@testable import PanduCore

@Suite("SocialKPI: TelkomCare response time, response rate, waiting list")
struct SocialKPITests {
    static let t0 = Date(timeIntervalSince1970: TimeInterval(MonitoringFixtures.t0))

    static func at(_ seconds: Double) -> Date { t0.addingTimeInterval(seconds) }

    static let cases = [
        SocialCase(id: "a", receivedAt: at(0), firstReplyAt: at(60)),  // FRT 60
        SocialCase(id: "b", receivedAt: at(100), firstReplyAt: at(400)),  // 300
        SocialCase(id: "c", receivedAt: at(200), firstReplyAt: at(1400)),  // 1200
        SocialCase(id: "d", receivedAt: at(300), firstReplyAt: at(500)),  // 200
        SocialCase(id: "e", receivedAt: at(400)),  // waiting, 3200 s old at now
        SocialCase(id: "f", receivedAt: at(3000), replied: true),  // replied, time unknown
        SocialCase(id: "g", receivedAt: at(-7200)),  // before the interval, still waiting: oldest
        SocialCase(id: "h", receivedAt: at(500), firstReplyAt: at(4000)),  // reply after now: still waiting
    ]

    @Test func firstResponseTimeAndRates() {
        let k = SocialKPI.compute(
            Self.cases, from: Self.t0, to: Self.at(3600), now: Self.at(3600), thresholdSeconds: 900)
        // Received in the hour: a b c d e f h = 7; replied by now: a b c d f = 5.
        #expect(k.received == 7)
        #expect(k.replied == 5)
        #expect(k["response_rate"]?.value == 5.0 / 7.0)
        // FRTs sorted: 60 200 300 1200. Median (200 + 300) / 2; p90 rank 0.9 × 3 = 2.7 → 300 + 0.7 × 900.
        #expect(k.frtMedian == 250)
        #expect(abs((k.frtP90 ?? 0) - 930) < 1e-9)
        #expect(k["frt_mean"]?.value == 440)  // 1760 / 4
        // Within 900 s: 60, 200, 300 → 3 / 7 received.
        #expect(k.repliedWithin == 3)
        #expect(k["social_sl"]?.value == 3.0 / 7.0)
        #expect(k["social_sl"]?.formula == "cases replied within 900 s / cases received")
    }

    @Test func waitingListAtNow() {
        let k = SocialKPI.compute(
            Self.cases, from: Self.t0, to: Self.at(3600), now: Self.at(3600), thresholdSeconds: 900)
        // e, g, h are unanswered at now; g (received 2 h before t0) is the oldest: 3600 + 7200.
        #expect(k.waiting == 3)
        #expect(k.oldestWaitingSeconds == 10_800)
        #expect(k.oldestWaitingID == "g")
    }

    @Test func noCasesGiveNilMeasures() {
        let k = SocialKPI.compute([], from: Self.t0, to: Self.at(3600), now: Self.at(3600), thresholdSeconds: 900)
        #expect(k.frtMedian == nil)
        #expect(k.measures.allSatisfy { $0.value == nil })
        #expect(k.oldestWaitingSeconds == nil)
    }

    @Test func percentilesInterpolateLikeNumpy() {
        #expect(Percentile.of(sorted: [1, 2, 3, 4], 50) == 2.5)
        #expect(Percentile.of(sorted: [10], 90) == 10)
        #expect(abs((Percentile.of(sorted: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90) ?? 0) - 9.1) < 1e-9)
        #expect(Percentile.of(sorted: [], 50) == nil)
    }
}
