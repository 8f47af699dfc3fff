import Foundation
import PanduCore
import PanduStore

/// The columns and cells of callbacks, escalations and corrections in lists (data: never translated).
enum FollowUpTables {
    static let callbackColumns = [
        "id", "status", "due", "priority", "number", "ticket", "owner", "attempts", "last_outcome", "overdue", "window",
        "zone", "reason", "created", "created_by", "session", "closed", "close_reason",
    ]

    static func callbackRow(_ c: Callback, desk: FollowUpDesk, policy: CallbackPolicy) -> [String] {
        [
            String(c.id ?? 0), c.status.rawValue, desk.time(c.dueAt), c.priority.rawValue, desk.shown(c.number),
            c.ticketID ?? "", c.owner?.rawValue ?? "", String(c.attempts), c.lastOutcome ?? "",
            c.isOverdue(at: desk.now, policy: policy) ? "yes" : "no", c.window?.description ?? "", c.zone.rawValue,
            desk.shownText(c.reason), desk.time(c.createdAt), c.createdBy.rawValue, c.sessionID?.rawValue ?? "",
            desk.time(c.closedAt),
            c.closeReason ?? "",
        ]
    }

    static let escalationColumns = [
        "id", "level", "status", "owner", "owner_role", "raised", "due", "overdue", "sla", "raised_by", "team",
        "reference", "session", "reason", "acknowledged", "resolved", "closed", "resolution",
    ]

    static func escalationRow(_ e: Escalation, desk: FollowUpDesk) -> [String] {
        [
            String(e.id ?? 0), e.level, e.status.rawValue, e.owner?.rawValue ?? "", e.ownerRole.rawValue,
            desk.time(e.raisedAt), desk.time(e.dueAt), e.isOverdue(at: desk.now) ? "yes" : "no",
            e.slaOutcome(at: desk.now).rawValue, e.raisedBy.rawValue, e.team ?? "", e.reference ?? "",
            e.sessionID?.rawValue ?? "", desk.shownText(e.reason), desk.time(e.acknowledgedAt), desk.time(e.resolvedAt),
            desk.time(e.closedAt), desk.shownText(e.resolution ?? ""),
        ]
    }

    static let correctionColumns = [
        "id", "entry", "field", "old_value", "new_value", "status", "reason", "proposed_by", "proposed", "session",
        "decided_by", "decided", "note",
    ]

    static func correctionRow(_ c: DirectoryCorrection, desk: FollowUpDesk) -> [String] {
        [
            String(c.id ?? 0), c.entryID, c.field.rawValue, c.oldValue, c.newValue, c.status.rawValue, c.reason,
            c.proposedBy.rawValue, desk.time(c.proposedAt), c.sessionID?.rawValue ?? "", c.decidedBy?.rawValue ?? "",
            desk.time(c.decidedAt), c.decisionNote ?? "",
        ]
    }
}
