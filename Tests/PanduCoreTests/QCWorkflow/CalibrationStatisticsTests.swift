import Testing

@testable import PanduCore

@Suite struct CalibrationStatisticsTests {
    @Test func agreementSpreadAndEachEvaluatorAgainstTheMajority() {
        let order: [ParameterID] = ["P1", "P2", "P3", "P4"]
        let stats = CalibrationStatistics(
            parameters: order,
            officers: [
                ("A", ["P1": .pass, "P2": .pass, "P3": .fail, "P4": .pass], 90),
                ("B", ["P1": .pass, "P2": .fail, "P3": .fail, "P4": .na], 70),
                ("C", ["P1": .pass, "P2": .pass, "P3": .pass, "P4": .fail], 80),
            ],
            auto: ["P1": .pass, "P2": .fail, "P3": .fail], autoScore: 75)
        let byParameter = Dictionary(uniqueKeysWithValues: stats.parameters.map { ($0.parameter, $0) })
        #expect(byParameter["P1"]?.consensus == .pass)
        #expect(byParameter["P1"]?.agreement == 1)
        #expect(byParameter["P2"]?.consensus == .pass)
        #expect(byParameter["P2"]?.agreement == 2.0 / 3.0)
        #expect(byParameter["P3"]?.consensus == .fail)
        // P4: pass, na, fail — a three-way tie has no consensus.
        #expect(byParameter["P4"]?.consensus == nil)
        #expect(byParameter["P4"]?.agreement == 0)
        #expect(abs(stats.overallAgreement - (1 + 2.0 / 3 + 2.0 / 3 + 0) / 4) < 1e-12)
        #expect(stats.minScore == 70 && stats.maxScore == 90 && stats.spread == 20 && stats.meanScore == 80)
        let byEvaluator = Dictionary(uniqueKeysWithValues: stats.evaluators.map { ($0.evaluator, $0) })
        // Three parameters have a consensus (P1 pass, P2 pass, P3 fail).
        #expect(byEvaluator["A"]?.matches == 3 && byEvaluator["A"]?.compared == 3)
        #expect(byEvaluator["B"]?.matches == 2)
        #expect(byEvaluator["C"]?.matches == 2)
        #expect(byEvaluator["auto"]?.matches == 2 && byEvaluator["auto"]?.compared == 3)
        #expect(byEvaluator["auto"]?.rate == 2.0 / 3.0)
    }

    @Test func aTwoWayTieHasNoConsensus() {
        #expect(CalibrationStatistics.majority([.pass, .fail]) == nil)
        #expect(CalibrationStatistics.majority([.pass, .fail, .fail]) == .fail)
        #expect(CalibrationStatistics.majority([]) == nil)
    }
}
