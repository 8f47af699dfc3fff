import Foundation

/// A TL's coaching note on a contact ("panduan dan pembinaan", P-10 step 18).
public struct ReviewNote: Hashable, Codable, Sendable {
    /// Assigned by the store; 0 before it is written.
    public var id: Int64
    public var sessionID: SessionID
    public var agent: PersonCode
    public var author: PersonCode
    public var at: Date
    public var text: String

    /// A note as written.
    public init(id: Int64 = 0, sessionID: SessionID, agent: PersonCode, author: PersonCode, at: Date, text: String) {
        self.id = id
        self.sessionID = sessionID
        self.agent = agent
        self.author = author
        self.at = at
        self.text = text
    }

    enum CodingKeys: String, CodingKey {
        case id, agent, author, at, text
        case sessionID = "session_id"
    }
}
