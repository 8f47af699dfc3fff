import Foundation

extension Callback {
    /// The callback after an attempt by `agent` ending in `outcome` at `at` (pure; the policy decides):
    /// resolved, closed with its reason, or back in the queue (for the team after a retry, still the agent's
    /// after the customer asked for another time).
    public func attempted(
        _ outcome: CallbackOutcome, by agent: PersonCode, at: Date, requested: Date? = nil, policy: CallbackPolicy
    ) -> Callback {
        var next = self
        next.attempts += 1
        if outcome.action == .retry { next.unreachedAttempts += 1 }
        next.lastOutcome = outcome.code
        next.lockedAt = nil
        switch policy.decide(
            outcome, unreachedAttempts: next.unreachedAttempts, at: at, requested: requested, window: window, zone: zone
        )
        {
        case .resolve:
            next.status = .resolved
            next.closeReason = outcome.code
            next.closedAt = at
        case .close(let reason):
            next.status = .closed
            next.closeReason = reason
            next.closedAt = at
        case .requeue(let due):
            next.status = .open
            next.dueAt = due
            next.owner = outcome.action == .reschedule ? agent : nil
        }
        return next
    }

    /// The callback pulled by `agent` at `at`.
    public func pulled(by agent: PersonCode, at: Date) -> Callback {
        var next = self
        next.status = .inProgress
        next.owner = agent
        next.lockedAt = at
        return next
    }
}
