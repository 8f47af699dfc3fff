import Foundation

/// One recorded fact, written the moment it happens (DESIGN.md "Data"). Append-only.
public struct HandlingEvent: Hashable, Codable, Sendable {
    /// Assigned by the store; nil before the event is written.
    public var id: Int64?
    /// The contact it belongs to; nil for agent-state and audit events.
    public var sessionID: SessionID?
    /// Who did it.
    public var actor: PersonCode
    public var at: Date
    public var type: EventType
    /// The flow step it happened at, if any.
    public var step: StepID?
    /// The SOP record code of that step.
    public var sopCode: String?
    /// Type-specific facts (the utterance and its verdicts, the field and value, the hold seconds, …).
    public var data: [String: JSONValue]

    public init(
        id: Int64? = nil, sessionID: SessionID? = nil, actor: PersonCode, at: Date, type: EventType,
        step: StepID? = nil, sopCode: String? = nil, data: [String: JSONValue] = [:]
    ) {
        self.id = id
        self.sessionID = sessionID
        self.actor = actor
        self.at = at
        self.type = type
        self.step = step
        self.sopCode = sopCode
        self.data = data
    }

    enum CodingKeys: String, CodingKey {
        case id, actor, at, type, step, data
        case sessionID = "session_id"
        case sopCode = "sop_code"
    }

    /// A string member of `data`.
    public func string(_ key: String) -> String? { data[key]?.stringValue }
}
