import Foundation

/// One line of F-03 (ketidakdisiplinan dan pelanggaran tata tertib): the rule broken and the action taken.
public struct DisciplineRecord: Hashable, Codable, Sendable {
    /// Assigned by the store; 0 before it is written.
    public var id: Int64
    public var agent: PersonCode
    public var rule: String
    public var action: String
    public var sessionID: SessionID?
    public var note: String?
    public var author: PersonCode
    public var at: Date

    /// A record as the TL writes it.
    public init(
        id: Int64 = 0, agent: PersonCode, rule: String, action: String, sessionID: SessionID? = nil,
        note: String? = nil, author: PersonCode, at: Date
    ) {
        self.id = id
        self.agent = agent
        self.rule = rule
        self.action = action
        self.sessionID = sessionID
        self.note = note
        self.author = author
        self.at = at
    }

    enum CodingKeys: String, CodingKey {
        case id, agent, rule, action, note, author, at
        case sessionID = "session_id"
    }
}
