import Foundation
import PanduCore
import PanduStore

/// What a new callback says.
struct CallbackDraft {
    var number: String
    var reason: String
    var window: CallingWindow?
    var ticketID: String?
    var priority: CallbackPriority = .normal
    var zone: TimeZoneCode
    var sessionID: SessionID?
    var owner: PersonCode?
}

extension FollowUpDesk {
    /// Records a callback for Tier 2, due at the first calling time its window allows; `event` is the
    /// contact's `callback` event, written in the same transaction.
    func recordCallback(_ draft: CallbackDraft, event: HandlingEvent?) throws -> (Callback, HandlingEvent?) {
        let policy = try context.callbackPolicy()
        let callback = Callback(
            sessionID: draft.sessionID, ticketID: draft.ticketID, number: draft.number, reason: draft.reason,
            window: draft.window, zone: draft.zone, priority: draft.priority, owner: draft.owner,
            createdBy: person.code,
            createdAt: now, dueAt: policy.callingTime(atOrAfter: now, window: draft.window, zone: draft.zone))
        return try store().recordCallback(callback, event: event)
    }

    /// The callback `id`, or a failure naming it.
    func callback(_ id: Int64) throws -> Callback {
        guard let c = try store().callback(id) else { throw ShellError.failure(m(.callbackNotFound, id)) }
        return c
    }

    /// Assigns an active callback to a Tier 2 agent (leads only).
    func assignCallback(_ id: Int64, to code: String) throws -> Callback {
        try requireLead()
        let target = try context.store().person(PersonCode(code))
        guard let agent = target, !agent.disabled, Self.worksTier2(agent) else {
            throw ShellError.failure(m(.notTier2Agent, code))
        }
        let (changed, _) = try guarded { keep in
            try store().changeCallback(id, event: nil) { current in
                guard current.status.isActive else {
                    throw keep(ShellError.failure(m(.callbackNotActive, id, current.status.rawValue)))
                }
                var next = current
                next.owner = agent.code
                next.status = .open
                next.lockedAt = nil
                return (
                    next,
                    CallbackHistoryEntry(
                        next, action: .assigned, actor: person.code, at: now, note: agent.code.rawValue)
                )
            }
        }
        return changed
    }

    /// Cancels an active callback with a reason (leads only).
    func cancelCallback(_ id: Int64, reason: String) throws -> Callback {
        try requireLead()
        let (changed, _) = try guarded { keep in
            try store().changeCallback(id, event: nil) { current in
                guard current.status.isActive else {
                    throw keep(ShellError.failure(m(.callbackNotActive, id, current.status.rawValue)))
                }
                var next = current
                next.status = .cancelled
                next.closeReason = reason
                next.closedAt = now
                next.lockedAt = nil
                return (next, CallbackHistoryEntry(next, action: .cancelled, actor: person.code, at: now, note: reason))
            }
        }
        return changed
    }

    /// The agent's own callback in progress, else the first due one available to them, locked to them.
    func pullCallback() throws -> Callback? {
        guard Self.worksTier2(person) else { throw ShellError.denied(m(.notTier2Agent, person.code)) }
        let policy = try context.callbackPolicy()
        let at = now
        let mine = try store().callbacks(CallbackQuery(statuses: [.inProgress], owner: person.code, limit: 1))
        if let current = mine.first { return current }
        return try store().pullCallback(
            dueBy: at, pick: { $0.isAvailable(to: person.code, at: at, policy: policy) },
            change: { candidate in
                let next = candidate.pulled(by: person.code, at: at)
                return (next, CallbackHistoryEntry(next, action: .pulled, actor: person.code, at: at))
            })
    }

    /// Records an attempt on the callback the person is working; `event` goes on the contact.
    func recordAttempt(
        _ id: Int64, outcome code: String, requested: Date?, note: String?, sessionID: SessionID?, event: HandlingEvent?
    ) throws -> (Callback, HandlingEvent?) {
        let policy = try context.callbackPolicy()
        guard let outcome = policy.outcome(code) else {
            throw ShellError.usage(m(.badOutcome, code, policy.outcomes.map(\.code).joined(separator: ", ")))
        }
        let at = now
        return try guarded { keep in
            try store().changeCallback(id, event: event) { current in
                guard current.status == .inProgress, current.owner == person.code else {
                    throw keep(ShellError.denied(m(.callbackNotYours, id, person.code)))
                }
                let next = current.attempted(outcome, by: person.code, at: at, requested: requested, policy: policy)
                return (
                    next,
                    CallbackHistoryEntry(
                        next, action: .attempt, actor: person.code, at: at, outcome: outcome.code, note: note,
                        sessionID: sessionID)
                )
            }
        }
    }

    /// Callbacks this person may list: leads and Tier 2 see the queue; others those they recorded.
    func visibleCallbacks(_ query: CallbackQuery) throws -> [Callback] {
        var q = query
        if !Self.leads(person) && !Self.worksTier2(person) && person.role != .qc { q.createdBy = person.code }
        return try store().callbacks(q)
    }
}
