import Foundation
import GRDB
import PanduCore

/// A row of `discipline_records` (F-03).
struct DisciplineRow: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "discipline_records"

    var id: Int64?
    var agent: String
    var rule: String
    var action: String
    var sessionID: String?
    var note: String?
    var author: String
    var at: Int64

    enum CodingKeys: String, CodingKey {
        case id, agent, rule, action, note, author, at
        case sessionID = "session_id"
    }

    init(_ r: DisciplineRecord) {
        id = r.id == 0 ? nil : r.id
        agent = r.agent.rawValue
        rule = r.rule
        action = r.action
        sessionID = r.sessionID?.rawValue
        note = r.note
        author = r.author.rawValue
        at = StoredTime.milliseconds(r.at)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// The domain value.
    func record() -> DisciplineRecord {
        DisciplineRecord(
            id: id ?? 0, agent: PersonCode(agent), rule: rule, action: action,
            sessionID: sessionID.map { SessionID($0) },
            note: note, author: PersonCode(author), at: StoredTime.date(at))
    }
}
