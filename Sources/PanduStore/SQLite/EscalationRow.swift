import Foundation
import GRDB
import PanduCore

/// A row of `escalations`: an `Escalation` as stored.
struct EscalationRow: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "escalations"
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase

    var id: Int64?
    var sessionId: String?
    var level: String
    var reason: String
    var reference: String?
    var raisedBy: String
    var raisedAt: Int64
    var team: String?
    var ownerRole: String
    var owner: String?
    var dueAt: Int64
    var status: String
    var acknowledgedAt: Int64?
    var resolvedAt: Int64?
    var closedAt: Int64?
    var resolution: String?

    /// Column names, for queries.
    enum Columns {
        static let id = Column("id")
        static let status = Column("status")
        static let level = Column("level")
        static let owner = Column("owner")
        static let raisedBy = Column("raised_by")
        static let raisedAt = Column("raised_at")
        static let dueAt = Column("due_at")
    }

    init(_ e: Escalation) {
        id = e.id
        sessionId = e.sessionID?.rawValue
        level = e.level
        reason = e.reason
        reference = e.reference
        raisedBy = e.raisedBy.rawValue
        raisedAt = StoredTime.milliseconds(e.raisedAt)
        team = e.team
        ownerRole = e.ownerRole.rawValue
        owner = e.owner?.rawValue
        dueAt = StoredTime.milliseconds(e.dueAt)
        status = e.status.rawValue
        acknowledgedAt = e.acknowledgedAt.map(StoredTime.milliseconds)
        resolvedAt = e.resolvedAt.map(StoredTime.milliseconds)
        closedAt = e.closedAt.map(StoredTime.milliseconds)
        resolution = e.resolution
    }

    /// Decodes by column name, without Codable's key conversion: lists read thousands of rows.
    init(row: Row) throws {
        id = row["id"]
        sessionId = row["session_id"]
        level = row["level"]
        reason = row["reason"]
        reference = row["reference"]
        raisedBy = row["raised_by"]
        raisedAt = row["raised_at"]
        team = row["team"]
        ownerRole = row["owner_role"]
        owner = row["owner"]
        dueAt = row["due_at"]
        status = row["status"]
        acknowledgedAt = row["acknowledged_at"]
        resolvedAt = row["resolved_at"]
        closedAt = row["closed_at"]
        resolution = row["resolution"]
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// The domain value; fails on a role or status this build does not know.
    func escalation() throws -> Escalation {
        guard let role = Role(rawValue: ownerRole), let state = EscalationStatus(rawValue: status) else {
            throw StoreError.corruptRecord(
                table: Self.databaseTableName, id: String(id ?? 0),
                detail: "unknown role or status \"\(ownerRole)/\(status)\"")
        }
        let level = EscalationLevel(id: level, label: level, slaMinutes: 0, ownerRole: role)
        var e = Escalation(
            id: id, sessionID: sessionId.map { SessionID($0) }, level: level, reason: reason, reference: reference,
            raisedBy: PersonCode(raisedBy), raisedAt: StoredTime.date(raisedAt), team: team,
            owner: owner.map { PersonCode($0) })
        e.dueAt = StoredTime.date(dueAt)
        e.status = state
        e.acknowledgedAt = acknowledgedAt.map(StoredTime.date)
        e.resolvedAt = resolvedAt.map(StoredTime.date)
        e.closedAt = closedAt.map(StoredTime.date)
        e.resolution = resolution
        return e
    }
}
