import Foundation

@testable import PanduCore

/// Shared values for the follow-up tests: the shipped policy's numbers and instants in WIB.
enum FollowUpFixtures {
    static let outcomes = [
        CallbackOutcome(code: "reached-resolved", label: "selesai", action: .resolve, reached: true),
        CallbackOutcome(code: "reached-unresolved", label: "belum", action: .close, reached: true),
        CallbackOutcome(code: "no-answer", label: "tidak diangkat", action: .retry, reached: false),
        CallbackOutcome(code: "busy", label: "sibuk", action: .retry, reached: false),
        CallbackOutcome(code: "wrong-number", label: "salah", action: .close, reached: false),
        CallbackOutcome(code: "call-later", label: "nanti", action: .reschedule, reached: true),
    ]

    /// 3 attempts, 30 minutes apart, 08:00-20:00, 60 minutes' hold.
    static let policy = CallbackPolicy(
        maxAttempts: 3, minGapMinutes: 30, callingHours: CallingWindow("08:00-20:00")!, agentHoldMinutes: 60,
        outcomes: outcomes)

    /// 2026-11-21 at `hh:mm` WIB.
    static func wib(_ hh: Int, _ mm: Int, day: Int = 21) -> Date {
        var c = DateComponents()
        (c.year, c.month, c.day, c.hour, c.minute) = (2026, 11, day, hh, mm)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 7 * 3600)!
        return calendar.date(from: c)!
    }

    static func outcome(_ code: String) -> CallbackOutcome { policy.outcome(code)! }

    static func callback(due: Date, window: CallingWindow? = nil, owner: PersonCode? = nil) -> Callback {
        Callback(
            id: 1, number: "081234567890", reason: "internet mati", window: window, zone: .wib, owner: owner,
            createdBy: "1001", createdAt: wib(8, 0), dueAt: due)
    }
}
