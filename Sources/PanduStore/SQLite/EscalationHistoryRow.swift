import Foundation
import GRDB
import PanduCore

/// A row of `escalation_history`: one `EscalationHistoryEntry`, never updated.
struct EscalationHistoryRow: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "escalation_history"
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase

    var id: Int64?
    var escalationId: Int64
    var at: Int64
    var actor: String
    var status: String
    var note: String?

    init(_ h: EscalationHistoryEntry) {
        id = h.id
        escalationId = h.escalationID
        at = StoredTime.milliseconds(h.at)
        actor = h.actor.rawValue
        status = h.status.rawValue
        note = h.note
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// The domain value.
    func entry() throws -> EscalationHistoryEntry {
        guard let state = EscalationStatus(rawValue: status) else {
            throw StoreError.corruptRecord(
                table: Self.databaseTableName, id: String(id ?? 0), detail: "unknown status \"\(status)\"")
        }
        return EscalationHistoryEntry(
            id: id, escalationID: escalationId, at: StoredTime.date(at), actor: PersonCode(actor), status: state,
            note: note)
    }
}
