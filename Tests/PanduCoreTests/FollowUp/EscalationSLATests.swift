import Foundation
import Testing

@testable import PanduCore

@Suite struct EscalationSLATests {
    typealias F = FollowUpFixtures
    static let tl = EscalationLevel(id: "tl", label: "TL", slaMinutes: 30, ownerRole: .tl)
    static let nossa = EscalationLevel(id: "nossa", label: "NOSSA", slaMinutes: 1440, ownerRole: .tl, channel: "NOSSA")

    func raised(_ level: EscalationLevel = tl, at: Date = F.wib(8, 0)) -> Escalation {
        Escalation(id: 1, level: level, reason: "marah", raisedBy: "1001", raisedAt: at, team: "T1", owner: "2001")
    }

    @Test func dueIsRaisedPlusTheLevelsSLA() {
        #expect(raised().dueAt == F.wib(8, 30))
        #expect(raised(Self.nossa, at: F.wib(23, 0)).dueAt == F.wib(23, 0, day: 22))
    }

    @Test func overdueOnlyWhilePendingAndStrictlyPastDue() {
        let e = raised()
        #expect(!e.isOverdue(at: F.wib(8, 30)))
        #expect(e.isOverdue(at: F.wib(8, 31)))
        #expect(e.slaOutcome(at: F.wib(8, 20)) == .pending)
        #expect(e.slaOutcome(at: F.wib(8, 31)) == .missed)
        let acked = e.moved(to: .acknowledged, at: F.wib(8, 10))!
        #expect(acked.isOverdue(at: F.wib(9, 0)), "acknowledging does not stop the clock")
        let resolved = acked.moved(to: .resolved, at: F.wib(8, 30), note: "dibantu")!
        #expect(!resolved.isOverdue(at: F.wib(12, 0)))
        #expect(resolved.slaOutcome(at: F.wib(12, 0)) == .met)
        #expect(e.moved(to: .resolved, at: F.wib(8, 31))!.slaOutcome(at: F.wib(8, 31)) == .missed)
    }

    @Test func statusMovesForwardOnly() {
        let e = raised()
        #expect(e.moved(to: .closed, at: F.wib(9, 0)) == nil)
        let resolved = e.moved(to: .resolved, at: F.wib(9, 0))!
        #expect(resolved.moved(to: .acknowledged, at: F.wib(9, 1)) == nil)
        #expect(resolved.moved(to: .closed, at: F.wib(9, 1))?.closedAt == F.wib(9, 1))
    }

    @Test func ownershipIsTheNamedOwnerElseTheRole() {
        let tl = Person(code: "2001", name: "Dewi", role: .tl, team: "T1")
        let otherTL = Person(code: "2002", name: "Sari", role: .tl, team: "T2")
        #expect(raised().isOwned(by: tl))
        #expect(!raised().isOwned(by: otherTL))
        var unnamed = raised()
        unnamed.owner = nil
        #expect(unnamed.isOwned(by: otherTL))
        #expect(!unnamed.isOwned(by: Person(code: "1001", name: "Rina", role: .agent)))
    }

    @Test func theReportCountsMetMissedAndPendingPerLevel() {
        var met = raised()
        met = met.moved(to: .resolved, at: F.wib(8, 20))!
        var late = raised(at: F.wib(9, 0))
        late.id = 2
        late = late.moved(to: .resolved, at: F.wib(10, 0))!
        var stillOpen = raised(at: F.wib(11, 0))
        stillOpen.id = 3
        var ticket = raised(Self.nossa, at: F.wib(11, 0))
        ticket.id = 4
        var outside = raised(at: F.wib(8, 0, day: 20))
        outside.id = 5
        let report = EscalationSLAReport(
            from: F.wib(0, 0), to: F.wib(0, 0, day: 22), now: F.wib(12, 0), levels: [Self.tl, Self.nossa],
            escalations: [met, late, stillOpen, ticket, outside])
        let tl = report.rows[0]
        let nossa = report.rows[1]
        #expect((tl.raised, tl.met, tl.missed, tl.pending, tl.overdue) == (3, 1, 2, 0, 1))
        #expect(tl.metRate.map { ($0 * 10).rounded() / 10 } == 33.3)
        #expect(tl.medianMinutes == 40)  // 20 and 60 minutes
        #expect((nossa.raised, nossa.pending, nossa.missed) == (1, 1, 0))
    }
}
