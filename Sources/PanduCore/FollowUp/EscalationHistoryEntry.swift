import Foundation

/// One append-only line of an escalation's history: who moved it to which status, when, and why.
public struct EscalationHistoryEntry: Hashable, Codable, Sendable {
    public var id: Int64?
    public var escalationID: Int64
    public var at: Date
    public var actor: PersonCode
    /// The status after this line (`open` for the line that raised it).
    public var status: EscalationStatus
    public var note: String?

    public init(
        id: Int64? = nil, escalationID: Int64, at: Date, actor: PersonCode, status: EscalationStatus,
        note: String? = nil
    ) {
        self.id = id
        self.escalationID = escalationID
        self.at = at
        self.actor = actor
        self.status = status
        self.note = note
    }
}
