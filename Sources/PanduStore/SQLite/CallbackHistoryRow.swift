import Foundation
import GRDB
import PanduCore

/// A row of `callback_history`: one `CallbackHistoryEntry`, never updated.
struct CallbackHistoryRow: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "callback_history"
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase

    var id: Int64?
    var callbackId: Int64
    var at: Int64
    var actor: String
    var action: String
    var outcome: String?
    var note: String?
    var sessionId: String?
    var status: String
    var owner: String?
    var dueAt: Int64

    /// Column names, for queries.
    enum Columns {
        static let id = Column("id")
        static let callbackID = Column("callback_id")
        static let at = Column("at")
        static let action = Column("action")
    }

    init(_ h: CallbackHistoryEntry) {
        id = h.id
        callbackId = h.callbackID
        at = StoredTime.milliseconds(h.at)
        actor = h.actor.rawValue
        action = h.action.rawValue
        outcome = h.outcome
        note = h.note
        sessionId = h.sessionID?.rawValue
        status = h.status.rawValue
        owner = h.owner?.rawValue
        dueAt = StoredTime.milliseconds(h.dueAt)
    }

    /// Decodes by column name, without Codable's key conversion: reports read thousands of rows.
    init(row: Row) throws {
        id = row["id"]
        callbackId = row["callback_id"]
        at = row["at"]
        actor = row["actor"]
        action = row["action"]
        outcome = row["outcome"]
        note = row["note"]
        sessionId = row["session_id"]
        status = row["status"]
        owner = row["owner"]
        dueAt = row["due_at"]
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// The domain value.
    func entry() throws -> CallbackHistoryEntry {
        guard let action = CallbackHistoryEntry.Action(rawValue: action), let status = CallbackStatus(rawValue: status)
        else {
            throw StoreError.corruptRecord(
                table: Self.databaseTableName, id: String(id ?? 0),
                detail: "unknown action or status \"\(action)/\(status)\"")
        }
        return CallbackHistoryEntry(
            id: id, callbackID: callbackId, at: StoredTime.date(at), actor: PersonCode(actor), action: action,
            outcome: outcome, note: note, sessionID: sessionId.map { SessionID($0) }, status: status,
            owner: owner.map { PersonCode($0) }, dueAt: StoredTime.date(dueAt))
    }
}
