import Foundation
import Testing

@testable import PanduCore

@Suite struct EvaluationScoreTests {
    /// Weights 40 (T-O1), 20 (T-H2), 30 (T-B1), 10 (T-B2 manual) and the fatal T-F1.
    let standard = TinyStandards.standard

    @Test func naIsLeftOutAndAJudgedManualParameterCounts() {
        let s = EvaluationScore(
            standard: standard, verdicts: ["T-O1": .pass, "T-H2": .na, "T-B1": .fail, "T-B2": .pass, "T-F1": .pass])
        // 100 × (40 + 10) / (40 + 30 + 10) = 62.5
        #expect(s.score == 62.5)
        #expect(s.overall == .fail)
        #expect(!s.fatal)
    }

    @Test func aFatalFailScoresZero() {
        let s = EvaluationScore(standard: standard, verdicts: ["T-O1": .pass, "T-B1": .pass, "T-F1": .fail])
        #expect(s.score == 0)
        #expect(s.fatal)
        #expect(s.overall == .fail)
    }

    @Test func acceptingADisputeRecomputesTheScore() {
        var e = QCEvaluation(
            sessionID: "S1", agent: "1001", standard: "TINY", standardVersion: "t", evaluator: "3001",
            items: [
                EvaluationItem(parameter: "T-O1", name: "Salam", auto: .pass, verdict: .pass),
                EvaluationItem(
                    parameter: "T-H2", name: "Hold", auto: .pass, verdict: .fail, comment: "tidak berterima kasih"),
                EvaluationItem(parameter: "T-B1", name: "Bahasa", auto: .pass, verdict: .pass),
                EvaluationItem(parameter: "T-B2", name: "Intonasi", auto: nil, verdict: .na, manual: true),
            ], contactAt: Date(timeIntervalSince1970: 0), createdAt: Date(timeIntervalSince1970: 0))
        e.rescore(by: standard)
        // 100 × 70 / 90 = 77.78
        #expect(e.score == 77.78)
        #expect(e.overall == .fail)
        #expect(e.items[1].isOverride)
        e.items[1].verdict = .pass
        e.rescore(by: standard)
        #expect(e.score == 100)
        #expect(e.overall == .pass)
        #expect(QCHistoryEntry.verdictLine(e) == "T-O1=pass,T-H2=pass,T-B1=pass,T-B2=na")
    }
}
