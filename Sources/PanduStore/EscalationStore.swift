import Foundation
import PanduCore

/// Where escalation records and their append-only status history are kept.
public protocol EscalationStore: AnyObject, Sendable {
    /// Records a new escalation with its `open` line and, if given, the contact event in one transaction.
    func raiseEscalation(_ escalation: Escalation, event: HandlingEvent?) throws -> (Escalation, HandlingEvent?)
    /// One escalation.
    func escalation(_ id: Int64) throws -> Escalation?
    /// Escalations matching `query`, by due time.
    func escalations(_ query: EscalationQuery) throws -> [Escalation]
    /// The history of one escalation, oldest first.
    func escalationHistory(_ id: Int64) throws -> [EscalationHistoryEntry]
    /// Changes one escalation in one transaction (see `CallbackStore.changeCallback`).
    func changeEscalation(_ id: Int64, _ change: (Escalation) throws -> (Escalation, EscalationHistoryEntry)) throws
        -> Escalation
}

/// Filters for listing escalations.
public struct EscalationQuery: Sendable, Equatable {
    public var statuses: Set<EscalationStatus>?
    public var level: String?
    public var owner: PersonCode?
    public var raisedBy: PersonCode?
    public var raisedFrom: Date?
    public var raisedTo: Date?
    /// Only those due before this instant (the overdue candidates).
    public var dueBefore: Date?
    public var limit: Int?

    public init(
        statuses: Set<EscalationStatus>? = nil, level: String? = nil, owner: PersonCode? = nil,
        raisedBy: PersonCode? = nil, raisedFrom: Date? = nil, raisedTo: Date? = nil, dueBefore: Date? = nil,
        limit: Int? = nil
    ) {
        self.statuses = statuses
        self.level = level
        self.owner = owner
        self.raisedBy = raisedBy
        self.raisedFrom = raisedFrom
        self.raisedTo = raisedTo
        self.dueBefore = dueBefore
        self.limit = limit
    }
}
