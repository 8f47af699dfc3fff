import Foundation
import Testing

@testable import PanduCore

@Suite struct CallbackPolicyTests {
    typealias F = FollowUpFixtures

    @Test func callingTimeMovesIntoTheCallingHoursOfTheCustomersZone() {
        let p = F.policy
        #expect(p.callingTime(atOrAfter: F.wib(9, 15), window: nil, zone: .wib) == F.wib(9, 15))
        #expect(p.callingTime(atOrAfter: F.wib(6, 10), window: nil, zone: .wib) == F.wib(8, 0))
        // 20:00 is the end (exclusive): the next morning.
        #expect(p.callingTime(atOrAfter: F.wib(20, 0), window: nil, zone: .wib) == F.wib(8, 0, day: 22))
        // 07:30 WIB is 09:30 WIT: already inside a WIT customer's hours.
        #expect(p.callingTime(atOrAfter: F.wib(7, 30), window: nil, zone: .wit) == F.wib(7, 30))
        // 19:30 WIB is 20:30 WITA: 08:00 WITA next day is 07:00 WIB.
        #expect(p.callingTime(atOrAfter: F.wib(19, 30), window: nil, zone: .wita) == F.wib(7, 0, day: 22))
    }

    @Test func aCustomersWindowNarrowsTheCallingHours() {
        let window = CallingWindow("13:00-15:00")!
        #expect(F.policy.callingTime(atOrAfter: F.wib(9, 0), window: window, zone: .wib) == F.wib(13, 0))
        #expect(F.policy.callingTime(atOrAfter: F.wib(15, 0), window: window, zone: .wib) == F.wib(13, 0, day: 22))
        // A window outside the calling hours is ignored rather than breaking the rule.
        let night = CallingWindow("21:00-23:00")!
        #expect(F.policy.callingTime(atOrAfter: F.wib(9, 0), window: night, zone: .wib) == F.wib(9, 0))
    }

    @Test func unreachedAttemptsRetryAfterTheGapUntilExhausted() {
        let p = F.policy
        #expect(
            p.decide(F.outcome("no-answer"), unreachedAttempts: 1, at: F.wib(9, 0), window: nil, zone: .wib)
                == .requeue(due: F.wib(9, 30)))
        #expect(
            p.decide(F.outcome("busy"), unreachedAttempts: 2, at: F.wib(19, 45), window: nil, zone: .wib)
                == .requeue(due: F.wib(8, 0, day: 22)))
        #expect(
            p.decide(F.outcome("busy"), unreachedAttempts: 3, at: F.wib(10, 0), window: nil, zone: .wib)
                == .close(reason: "exhausted"))
    }

    @Test func reachedAndWrongNumberOutcomesEndOrReschedule() {
        let p = F.policy
        #expect(
            p.decide(F.outcome("reached-resolved"), unreachedAttempts: 2, at: F.wib(9, 0), window: nil, zone: .wib)
                == .resolve)
        #expect(
            p.decide(F.outcome("wrong-number"), unreachedAttempts: 0, at: F.wib(9, 0), window: nil, zone: .wib)
                == .close(reason: "wrong-number"))
        // The customer's time wins when it is after the gap; never earlier than the gap.
        #expect(
            p.decide(
                F.outcome("call-later"), unreachedAttempts: 0, at: F.wib(9, 0), requested: F.wib(16, 0), window: nil,
                zone: .wib)
                == .requeue(due: F.wib(16, 0)))
        #expect(
            p.decide(F.outcome("call-later"), unreachedAttempts: 3, at: F.wib(9, 0), window: nil, zone: .wib)
                == .requeue(due: F.wib(9, 30)))
    }

    @Test func threeAttemptsNoAnswerBusyReachedResolveTheCallback() {
        var c = F.callback(due: F.wib(9, 0)).pulled(by: "1003", at: F.wib(9, 0))
        c = c.attempted(F.outcome("no-answer"), by: "1003", at: F.wib(9, 0), policy: F.policy)
        #expect(c.status == .open && c.owner == nil && c.dueAt == F.wib(9, 30) && c.attempts == 1)
        c = c.pulled(by: "1003", at: F.wib(9, 31)).attempted(
            F.outcome("busy"), by: "1003", at: F.wib(9, 31), policy: F.policy)
        #expect(c.dueAt == F.wib(10, 1) && c.unreachedAttempts == 2)
        c = c.pulled(by: "1003", at: F.wib(10, 5))
            .attempted(F.outcome("reached-resolved"), by: "1003", at: F.wib(10, 5), policy: F.policy)
        #expect(
            c.status == .resolved && c.attempts == 3 && c.closedAt == F.wib(10, 5)
                && c.closeReason == "reached-resolved")
    }

    @Test func anAgentOwnedCallbackFallsBackToTheTeamAfterTheHold() {
        let c = F.callback(due: F.wib(9, 0), owner: "1003")
        #expect(c.isAvailable(to: "1003", at: F.wib(9, 0), policy: F.policy))
        #expect(!c.isAvailable(to: "1004", at: F.wib(9, 59), policy: F.policy))
        #expect(!c.isOverdue(at: F.wib(9, 59), policy: F.policy))
        #expect(c.isAvailable(to: "1004", at: F.wib(10, 0), policy: F.policy))
        #expect(c.isOverdue(at: F.wib(10, 0), policy: F.policy))
        #expect(!F.callback(due: F.wib(9, 0)).isAvailable(to: "1004", at: F.wib(8, 59), policy: F.policy))
    }

    @Test func queueOrderIsDueTimeThenPriority() {
        var high = F.callback(due: F.wib(9, 0))
        high.priority = .high
        high.id = 3
        let normalEarlier = F.callback(due: F.wib(8, 30))
        var normalSame = F.callback(due: F.wib(9, 0))
        normalSame.id = 2
        let sorted = [normalSame, high, normalEarlier].sorted(by: Callback.queueOrder)
        #expect(sorted.map(\.id) == [1, 3, 2])
    }

    @Test func windowsParseStrictly() {
        #expect(CallingWindow("09:00-17:00")?.description == "09:00-17:00")
        #expect(CallingWindow("17:00-09:00") == nil)
        #expect(CallingWindow("9:00-17:00") == nil)
        #expect(CallingWindow("09:00-24:00")?.endMinute == 1440)
        #expect(CallingWindow("09:60-10:00") == nil)
    }
}
