import Foundation
import Testing

@testable import PanduCore

@Suite struct F19RecapTests {
    typealias F = FollowUpFixtures

    @Test func theRecapListsEachCallbackWithItsAttemptsAndCountsThePeriod() {
        var worked = F.callback(due: F.wib(9, 0))
        worked.status = .resolved
        var exhausted = F.callback(due: F.wib(9, 0))
        exhausted.id = 2
        exhausted.status = .closed
        exhausted.closeReason = "exhausted"
        var yesterday = F.callback(due: F.wib(9, 0, day: 20))
        yesterday.id = 3
        yesterday.createdAt = F.wib(9, 0, day: 20)
        func attempt(_ id: Int64, _ outcome: String, _ at: Date) -> CallbackHistoryEntry {
            CallbackHistoryEntry(
                callbackID: id, at: at, actor: "1003", action: .attempt, outcome: outcome, status: .open, owner: nil,
                dueAt: at)
        }
        let history = [
            attempt(1, "no-answer", F.wib(9, 0)), attempt(1, "busy", F.wib(9, 31)),
            attempt(1, "reached-resolved", F.wib(10, 5)),
            attempt(2, "no-answer", F.wib(9, 0)), attempt(2, "no-answer", F.wib(9, 30)),
            attempt(2, "busy", F.wib(10, 0)),
            attempt(3, "no-answer", F.wib(9, 0, day: 20)),
        ]
        let recap = F19Recap(
            from: F.wib(0, 0), to: F.wib(0, 0, day: 22), callbacks: [worked, exhausted, yesterday], history: history,
            outcomes: F.outcomes)
        #expect(recap.rows.map { $0.callback.id } == [1, 2])
        #expect(recap.rows[0].attempts.map(\.outcome) == ["no-answer", "busy", "reached-resolved"])
        let s = recap.summary
        #expect((s.callbacks, s.attempts, s.reachedAttempts, s.resolved, s.closed, s.exhausted) == (2, 6, 1, 1, 1, 1))
        #expect(s.byOutcome == ["no-answer": 3, "busy": 2, "reached-resolved": 1])
        #expect(s.resolutionRate == 50)
    }
}
