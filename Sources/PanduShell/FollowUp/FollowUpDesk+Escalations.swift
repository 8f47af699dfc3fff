import Foundation
import PanduCore
import PanduStore

extension FollowUpDesk {
    /// The level `id` of `knowledge/escalations.yaml`, or a usage error listing the levels.
    func level(_ id: String) throws -> EscalationLevel {
        let levels = try context.escalationLevels()
        guard let level = levels.first(where: { $0.id == id.lowercased() }) else {
            throw ShellError.usage(m(.badEscalationLevel, id, levels.map(\.id).joined(separator: ", ")))
        }
        return level
    }

    /// Raises an escalation owned by the level's role; a TL-owned one goes to the TL of the raiser's team.
    /// `event` is the contact's `escalation` event, written in the same transaction.
    func raiseEscalation(
        _ level: EscalationLevel, reason: String, reference: String?, sessionID: SessionID?, event: HandlingEvent?
    ) throws -> (Escalation, HandlingEvent?) {
        var owner: PersonCode?
        if level.ownerRole == .tl, let team = person.team {
            owner = try context.store().people()
                .first { $0.role == .tl && $0.team == team && !$0.disabled }?.code
        }
        let escalation = Escalation(
            sessionID: sessionID, level: level, reason: reason, reference: reference, raisedBy: person.code,
            raisedAt: now,
            team: person.team, owner: owner)
        return try store().raiseEscalation(escalation, event: event)
    }

    /// The escalation `id`, or a failure naming it.
    func escalation(_ id: Int64) throws -> Escalation {
        guard let e = try store().escalation(id) else { throw ShellError.failure(m(.escalationNotFound, id)) }
        return e
    }

    /// Moves an escalation the person owns (or any, for an admin) to `status`.
    func moveEscalation(_ id: Int64, to status: EscalationStatus, note: String?) throws -> Escalation {
        let at = now
        return try guarded { keep in
            try store().changeEscalation(id) { current in
                guard person.role == .admin || current.isOwned(by: person) else {
                    let owner = current.owner?.rawValue ?? current.ownerRole.rawValue
                    throw keep(ShellError.denied(m(.escalationNotOwner, id, owner, person.code)))
                }
                guard let next = current.moved(to: status, at: at, note: note) else {
                    throw keep(ShellError.failure(m(.escalationBadMove, id, current.status.rawValue, status.rawValue)))
                }
                return (
                    next,
                    EscalationHistoryEntry(escalationID: id, at: at, actor: person.code, status: status, note: note)
                )
            }
        }
    }

    /// Escalations this person may list: leads, QC and owners see all; others those they raised or own.
    func visibleEscalations(_ query: EscalationQuery) throws -> [Escalation] {
        let all = try store().escalations(query)
        guard person.role == .agent else { return all }
        return all.filter { $0.raisedBy == person.code || $0.owner == person.code }
    }

    /// Pending escalations past due that `person` owns.
    func overdueEscalations() throws -> [Escalation] {
        let at = now
        return try store().escalations(EscalationQuery(statuses: [.open, .acknowledged], dueBefore: at))
            .filter { $0.isOverdue(at: at) && $0.isOwned(by: person) }
    }

    /// Active callbacks past their hold (any Tier 2 agent may take them), for a Tier 2 agent (nothing for others).
    func overdueCallbacks() throws -> [Callback] {
        guard person.skills.contains(.tier2) else { return [] }
        let policy = try context.callbackPolicy()
        let at = now
        // Overdue needs due + hold <= now (a pulled one was due before it was pulled): filter in SQL first.
        let candidates = CallbackQuery(
            statuses: [.open, .inProgress], dueBefore: at.addingTimeInterval(-Double(policy.agentHoldMinutes * 60)))
        return try store().callbacks(candidates).filter { $0.isOverdue(at: at, policy: policy) }
    }
}
