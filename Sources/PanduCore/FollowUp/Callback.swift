import Foundation

/// Follow-up work for Tier 2: a customer to call back, recorded from a contact or by a TL.
public struct Callback: Hashable, Codable, Sendable {
    /// Assigned by the store.
    public var id: Int64?
    /// The contact it was recorded from, if any.
    public var sessionID: SessionID?
    /// The linked NOSSA ticket, if any.
    public var ticketID: String?
    /// The number to call (a customer's: masked in outputs unless the reader calls back).
    public var number: String
    public var reason: String
    /// The time the customer asked to be called in, if any.
    public var window: CallingWindow?
    /// The customer's zone: calling hours are the customer's local time.
    public var zone: TimeZoneCode
    public var priority: CallbackPriority
    public var status: CallbackStatus
    /// The agent who holds it (assigned, rescheduled to them, or calling now); nil = the whole team.
    public var owner: PersonCode?
    public var createdBy: PersonCode
    public var createdAt: Date
    /// When it should next be called.
    public var dueAt: Date
    /// When the owner pulled it (status in-progress).
    public var lockedAt: Date?
    /// Attempts made so far.
    public var attempts: Int
    /// Unreached attempts (no answer, busy) so far: these exhaust the policy's maximum.
    public var unreachedAttempts: Int
    /// The outcome of the latest attempt.
    public var lastOutcome: String?
    /// Why it ended (outcome code, `exhausted`, or the cancel reason).
    public var closeReason: String?
    public var closedAt: Date?

    public init(
        id: Int64? = nil, sessionID: SessionID? = nil, ticketID: String? = nil, number: String, reason: String,
        window: CallingWindow? = nil, zone: TimeZoneCode = .wib, priority: CallbackPriority = .normal,
        status: CallbackStatus = .open, owner: PersonCode? = nil, createdBy: PersonCode, createdAt: Date,
        dueAt: Date, lockedAt: Date? = nil, attempts: Int = 0, unreachedAttempts: Int = 0,
        lastOutcome: String? = nil, closeReason: String? = nil, closedAt: Date? = nil
    ) {
        self.id = id
        self.sessionID = sessionID
        self.ticketID = ticketID
        self.number = number
        self.reason = reason
        self.window = window
        self.zone = zone
        self.priority = priority
        self.status = status
        self.owner = owner
        self.createdBy = createdBy
        self.createdAt = createdAt
        self.dueAt = dueAt
        self.lockedAt = lockedAt
        self.attempts = attempts
        self.unreachedAttempts = unreachedAttempts
        self.lastOutcome = lastOutcome
        self.closeReason = closeReason
        self.closedAt = closedAt
    }

    /// Whether it waited past its owner's hold: still active, and `now` is past the hold after it fell due
    /// (or, when an agent is calling, after they pulled it).
    public func isOverdue(at now: Date, policy: CallbackPolicy) -> Bool {
        guard status.isActive else { return false }
        let since = status == .inProgress ? (lockedAt ?? dueAt) : dueAt
        return now >= policy.holdEnds(since: since)
    }

    /// Whether `agent` may pull it from the queue now: active and due; unowned, theirs, or overdue for its
    /// owner (an agent-owned callback not worked in time falls back to the whole Tier 2 team).
    public func isAvailable(to agent: PersonCode, at now: Date, policy: CallbackPolicy) -> Bool {
        guard status.isActive, dueAt <= now else { return false }
        guard let owner, owner != agent else { return true }
        return isOverdue(at: now, policy: policy)
    }

    /// Queue order: due time, then priority, then the older record.
    public static func queueOrder(_ a: Callback, _ b: Callback) -> Bool {
        if a.dueAt != b.dueAt { return a.dueAt < b.dueAt }
        if a.priority.rank != b.priority.rank { return a.priority.rank < b.priority.rank }
        return (a.id ?? 0) < (b.id ?? 0)
    }
}
