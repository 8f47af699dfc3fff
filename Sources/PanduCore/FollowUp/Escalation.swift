import Foundation

/// A case handed up a level (TL, supervisor, MyCX hard complaint, NOSSA ticket), with its owner and SLA.
public struct Escalation: Hashable, Codable, Sendable {
    public var id: Int64?
    /// The contact it was raised from, if any.
    public var sessionID: SessionID?
    /// The level id of `knowledge/escalations.yaml`.
    public var level: String
    public var reason: String
    /// The NOSSA ticket or MyCX reference, if any.
    public var reference: String?
    public var raisedBy: PersonCode
    public var raisedAt: Date
    /// The raiser's team (a TL-owned escalation goes to that team's TL).
    public var team: String?
    /// The role that owns it.
    public var ownerRole: Role
    /// The person who owns it; nil = anyone with `ownerRole`.
    public var owner: PersonCode?
    /// Raised + the level's SLA.
    public var dueAt: Date
    public var status: EscalationStatus
    public var acknowledgedAt: Date?
    public var resolvedAt: Date?
    public var closedAt: Date?
    /// What was done, when resolved.
    public var resolution: String?

    public init(
        id: Int64? = nil, sessionID: SessionID? = nil, level: EscalationLevel, reason: String, reference: String? = nil,
        raisedBy: PersonCode, raisedAt: Date, team: String? = nil, owner: PersonCode? = nil
    ) {
        self.id = id
        self.sessionID = sessionID
        self.level = level.id
        self.reason = reason
        self.reference = reference
        self.raisedBy = raisedBy
        self.raisedAt = raisedAt
        self.team = team
        self.ownerRole = level.ownerRole
        self.owner = owner
        self.dueAt = Self.due(raisedAt: raisedAt, level: level)
        self.status = .open
    }

    /// When an escalation of `level` raised at `raisedAt` must be resolved.
    public static func due(raisedAt: Date, level: EscalationLevel) -> Date {
        raisedAt.addingTimeInterval(TimeInterval(level.slaMinutes * 60))
    }

    /// When it was resolved (or closed without a resolution time), if it was.
    public var doneAt: Date? { resolvedAt ?? closedAt }

    /// Whether it is still pending past its due time at `now`.
    public func isOverdue(at now: Date) -> Bool { status.isPending && now > dueAt }

    /// Met, missed or pending at `now`.
    public func slaOutcome(at now: Date) -> SLAOutcome {
        if let done = doneAt { return done <= dueAt ? .met : .missed }
        return now > dueAt ? .missed : .pending
    }

    /// Whether `person` owns it: named owner, or anyone of the owner role when no one is named.
    public func isOwned(by person: Person) -> Bool {
        if let owner { return owner == person.code }
        return person.role == ownerRole
    }

    /// The escalation moved to `next` at `at`; nil if that move is not allowed.
    public func moved(to next: EscalationStatus, at: Date, note: String? = nil) -> Escalation? {
        guard status.canMove(to: next) else { return nil }
        var e = self
        e.status = next
        switch next {
        case .acknowledged: e.acknowledgedAt = at
        case .resolved:
            e.resolvedAt = at
            e.resolution = note
        case .closed: e.closedAt = at
        case .open: break
        }
        return e
    }
}
