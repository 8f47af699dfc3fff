import Foundation
import Testing

@testable import PanduCore

@Suite("ErlangC: pyworkforce's numbers")
struct ErlangCTests {
    /// pyworkforce's example: 100 calls in 30 min, AHT 3 min, shrinkage 0.3.
    func example(target: Double = 20) throws -> ErlangC {
        try ErlangC(
            transactions: 100, intervalSeconds: 1800, ahtSeconds: 180, targetAnswerSeconds: target, shrinkage: 0.3)
    }

    func rounded(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }

    @Test func publishedExample() throws {
        let erlang = try example()
        #expect(erlang.intensity == 10)
        let r = try erlang.requiredPositions(serviceLevel: 0.8, maxOccupancy: 0.85)
        #expect(r.rawPositions == 14)
        #expect(r.positions == 20)
        #expect(rounded(r.serviceLevel) == 0.888)
        #expect(rounded(r.occupancy) == 0.714)
        #expect(rounded(r.waitingProbability) == 0.174)
        // pyworkforce's own test passes asa = 0.33 min (19.8 s): same rounded results.
        let theirs = try example(target: 19.8).requiredPositions(serviceLevel: 0.8, maxOccupancy: 0.85)
        #expect(rounded(theirs.serviceLevel) == 0.888)
        #expect(theirs.rawPositions == 14)
    }

    @Test func scaledPositionsMatchTheRawOnes() throws {
        let erlang = try example(target: 19.8)
        #expect(rounded(try erlang.serviceLevel(positions: 20, scalePositions: true)) == 0.888)
        #expect(rounded(try erlang.occupancy(positions: 20, scalePositions: true)) == 0.714)
        #expect(rounded(try erlang.waitingProbability(positions: 20, scalePositions: true)) == 0.174)
    }

    @Test func maxOccupancyRaisesTheRawPositions() throws {
        let r = try example(target: 19.8).requiredPositions(serviceLevel: 0.8, maxOccupancy: 0.7)
        // pyworkforce test_over_occupancy_erlangc: ceil(10 / 0.7) = 15 raw, ceil(15 / 0.7) = 22 staffed.
        #expect(r.rawPositions == 15)
        #expect(r.positions == 22)
        #expect(rounded(r.serviceLevel) == 0.941)
        #expect(rounded(r.occupancy) == 0.667)
        #expect(rounded(r.waitingProbability) == 0.102)
    }

    @Test func averageSpeedOfAnswer() throws {
        // Pw(14) · AHT / (N − A) = 0.17413… × 180 / 4 ≈ 7.836 s.
        let asa = try example().averageSpeedOfAnswer(positions: 14)
        #expect(abs(asa - 7.835_937_011_777_242) < 1e-9)
    }

    @Test func trafficAtOrAboveAgentsIsRefused() throws {
        let erlang = try example()
        #expect(throws: MonitoringError.unstableQueue(traffic: 10, positions: 10)) {
            try erlang.serviceLevel(positions: 10)
        }
        #expect(throws: MonitoringError.unstableQueue(traffic: 10, positions: 9)) {
            try erlang.waitingProbability(positions: 9)
        }
        // 11 scaled by 0.7 is 7 productive positions, under the traffic.
        #expect(throws: MonitoringError.unstableQueue(traffic: 10, positions: 7)) {
            try erlang.occupancy(positions: 11, scalePositions: true)
        }
        let message = MonitoringError.unstableQueue(traffic: 10, positions: 10).localizedDescription
        #expect(message.contains("11 or more"))
    }

    @Test func badArgumentsAreRefused() throws {
        #expect(throws: MonitoringError.self) {
            try ErlangC(transactions: 0, intervalSeconds: 1800, ahtSeconds: 180, targetAnswerSeconds: 20)
        }
        #expect(throws: MonitoringError.self) {
            try ErlangC(transactions: 10, intervalSeconds: 1800, ahtSeconds: 180, targetAnswerSeconds: 20, shrinkage: 1)
        }
        let erlang = try example()
        #expect(throws: MonitoringError.self) { try erlang.requiredPositions(serviceLevel: 1.8) }
        #expect(throws: MonitoringError.self) { try erlang.requiredPositions(serviceLevel: 0.8, maxOccupancy: 0) }
        let tiny = try ErlangC(
            transactions: 1, intervalSeconds: 1800, ahtSeconds: 60, targetAnswerSeconds: 20, shrinkage: 0.9)
        #expect(throws: MonitoringError.self) { try tiny.waitingProbability(positions: 1, scalePositions: true) }
    }

    @Test func manyPositionsDoNotOverflow() throws {
        let erlang = try ErlangC(transactions: 1, intervalSeconds: 3600, ahtSeconds: 60, targetAnswerSeconds: 20)
        let pw = try erlang.waitingProbability(positions: 500)
        #expect(pw >= 0 && pw < 1e-12)
        #expect(try erlang.serviceLevel(positions: 500) == 1)
    }
}
