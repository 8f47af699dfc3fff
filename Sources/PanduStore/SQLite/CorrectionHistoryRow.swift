import Foundation
import GRDB
import PanduCore

/// A row of `directory_correction_history`: one `CorrectionHistoryEntry`, never updated.
struct CorrectionHistoryRow: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "directory_correction_history"
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase

    var id: Int64?
    var correctionId: Int64
    var at: Int64
    var actor: String
    var status: String
    var note: String?

    init(_ h: CorrectionHistoryEntry) {
        id = h.id
        correctionId = h.correctionID
        at = StoredTime.milliseconds(h.at)
        actor = h.actor.rawValue
        status = h.status.rawValue
        note = h.note
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// The domain value.
    func entry() throws -> CorrectionHistoryEntry {
        guard let s = DirectoryCorrection.Status(rawValue: status) else {
            throw StoreError.corruptRecord(
                table: Self.databaseTableName, id: String(id ?? 0), detail: "unknown status \"\(status)\"")
        }
        return CorrectionHistoryEntry(
            id: id, correctionID: correctionId, at: StoredTime.date(at), actor: PersonCode(actor), status: s, note: note
        )
    }
}
