import Foundation
import GRDB
import PanduCore

/// A row of `directory_corrections`: a `DirectoryCorrection` as stored.
struct DirectoryCorrectionRow: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "directory_corrections"
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase

    var id: Int64?
    var entryId: String
    var field: String
    var oldValue: String
    var newValue: String
    var reason: String
    var proposedBy: String
    var proposedAt: Int64
    var sessionId: String?
    var status: String
    var decidedBy: String?
    var decidedAt: Int64?
    var decisionNote: String?

    /// Column names, for queries.
    enum Columns {
        static let id = Column("id")
        static let entryID = Column("entry_id")
        static let status = Column("status")
    }

    init(_ c: DirectoryCorrection) {
        id = c.id
        entryId = c.entryID
        field = c.field.rawValue
        oldValue = c.oldValue
        newValue = c.newValue
        reason = c.reason
        proposedBy = c.proposedBy.rawValue
        proposedAt = StoredTime.milliseconds(c.proposedAt)
        sessionId = c.sessionID?.rawValue
        status = c.status.rawValue
        decidedBy = c.decidedBy?.rawValue
        decidedAt = c.decidedAt.map(StoredTime.milliseconds)
        decisionNote = c.decisionNote
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// The domain value.
    func correction() throws -> DirectoryCorrection {
        guard let f = DirectoryField(rawValue: field), let s = DirectoryCorrection.Status(rawValue: status) else {
            throw StoreError.corruptRecord(
                table: Self.databaseTableName, id: String(id ?? 0),
                detail: "unknown field or status \"\(field)/\(status)\"")
        }
        return DirectoryCorrection(
            id: id, entryID: entryId, field: f, oldValue: oldValue, newValue: newValue, reason: reason,
            proposedBy: PersonCode(proposedBy), proposedAt: StoredTime.date(proposedAt),
            sessionID: sessionId.map { SessionID($0) }, status: s, decidedBy: decidedBy.map { PersonCode($0) },
            decidedAt: decidedAt.map(StoredTime.date), decisionNote: decisionNote)
    }
}
