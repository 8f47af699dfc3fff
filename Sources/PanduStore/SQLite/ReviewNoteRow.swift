import Foundation
import GRDB
import PanduCore

/// A row of `review_notes`.
struct ReviewNoteRow: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "review_notes"

    var id: Int64?
    var sessionID: String
    var agent: String
    var author: String
    var at: Int64
    var text: String

    enum CodingKeys: String, CodingKey {
        case id, agent, author, at, text
        case sessionID = "session_id"
    }

    init(_ n: ReviewNote) {
        id = n.id == 0 ? nil : n.id
        sessionID = n.sessionID.rawValue
        agent = n.agent.rawValue
        author = n.author.rawValue
        at = StoredTime.milliseconds(n.at)
        text = n.text
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// The domain value.
    func note() -> ReviewNote {
        ReviewNote(
            id: id ?? 0, sessionID: SessionID(sessionID), agent: PersonCode(agent), author: PersonCode(author),
            at: StoredTime.date(at), text: text)
    }
}
