import Foundation

/// The Tier 2 retry policy (`knowledge/callbacks.yaml`, W-18): how many unreached attempts, the minimum
/// gap between them, the calling hours, and how long an agent may hold a callback before the whole team
/// may take it. Pure: every function takes the time it judges.
public struct CallbackPolicy: Hashable, Sendable {
    /// Unreached attempts (no answer, busy) before the callback closes as exhausted.
    public var maxAttempts: Int
    /// Minutes between two attempts on one callback.
    public var minGapMinutes: Int
    /// When customers may be called, in their local time.
    public var callingHours: CallingWindow
    /// Minutes an agent-owned (assigned, rescheduled or locked) callback may wait past its due time.
    public var agentHoldMinutes: Int
    /// The outcome codes an attempt may end with.
    public var outcomes: [CallbackOutcome]

    /// The close reason of a callback whose attempts ran out.
    public static let exhausted = "exhausted"

    public init(
        maxAttempts: Int, minGapMinutes: Int, callingHours: CallingWindow, agentHoldMinutes: Int,
        outcomes: [CallbackOutcome]
    ) {
        self.maxAttempts = maxAttempts
        self.minGapMinutes = minGapMinutes
        self.callingHours = callingHours
        self.agentHoldMinutes = agentHoldMinutes
        self.outcomes = outcomes
    }

    /// The outcome with this code, or nil.
    public func outcome(_ code: String) -> CallbackOutcome? {
        outcomes.first { $0.code == code.lowercased() }
    }

    /// The earliest time at or after `date` when the customer may be called: inside the calling hours and,
    /// when the customer gave a window that overlaps them, inside that window too.
    public func callingTime(atOrAfter date: Date, window: CallingWindow?, zone: TimeZoneCode) -> Date {
        let allowed = window.flatMap { callingHours.intersection($0) } ?? callingHours
        return allowed.earliest(atOrAfter: date, zone: zone)
    }

    /// What an attempt ending in `outcome` at `at` does. `unreachedAttempts` counts the retry-type attempts
    /// so far, this one included; `requested` is the time a customer asked for (call-later).
    public func decide(
        _ outcome: CallbackOutcome, unreachedAttempts: Int, at: Date, requested: Date? = nil,
        window: CallingWindow?, zone: TimeZoneCode
    ) -> CallbackDecision {
        let earliest = at.addingTimeInterval(TimeInterval(minGapMinutes * 60))
        switch outcome.action {
        case .resolve: return .resolve
        case .close: return .close(reason: outcome.code)
        case .retry:
            guard unreachedAttempts < maxAttempts else { return .close(reason: Self.exhausted) }
            return .requeue(due: callingTime(atOrAfter: earliest, window: window, zone: zone))
        case .reschedule:
            let wanted = max(requested ?? earliest, at)
            return .requeue(due: callingTime(atOrAfter: wanted, window: nil, zone: zone))
        }
    }

    /// The instant an agent's hold on a callback due (or locked) at `since` lapses: from then on it is
    /// overdue and any Tier 2 agent may take it.
    public func holdEnds(since: Date) -> Date {
        since.addingTimeInterval(TimeInterval(agentHoldMinutes * 60))
    }
}
