import Foundation
import GRDB
import PanduCore

/// A row of `callbacks`: a `Callback` as stored.
struct CallbackRow: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "callbacks"
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase

    var id: Int64?
    var sessionId: String?
    var ticketId: String?
    var number: String
    var reason: String
    var window: String?
    var zone: String
    var priority: String
    var priorityRank: Int
    var status: String
    var owner: String?
    var createdBy: String
    var createdAt: Int64
    var dueAt: Int64
    var lockedAt: Int64?
    var attempts: Int
    var unreachedAttempts: Int
    var lastOutcome: String?
    var closeReason: String?
    var closedAt: Int64?

    /// Column names, for queries.
    enum Columns {
        static let id = Column("id")
        static let status = Column("status")
        static let owner = Column("owner")
        static let createdBy = Column("created_by")
        static let createdAt = Column("created_at")
        static let dueAt = Column("due_at")
        static let priorityRank = Column("priority_rank")
    }

    init(_ c: Callback) {
        id = c.id
        sessionId = c.sessionID?.rawValue
        ticketId = c.ticketID
        number = c.number
        reason = c.reason
        window = c.window?.description
        zone = c.zone.rawValue
        priority = c.priority.rawValue
        priorityRank = c.priority.rank
        status = c.status.rawValue
        owner = c.owner?.rawValue
        createdBy = c.createdBy.rawValue
        createdAt = StoredTime.milliseconds(c.createdAt)
        dueAt = StoredTime.milliseconds(c.dueAt)
        lockedAt = c.lockedAt.map(StoredTime.milliseconds)
        attempts = c.attempts
        unreachedAttempts = c.unreachedAttempts
        lastOutcome = c.lastOutcome
        closeReason = c.closeReason
        closedAt = c.closedAt.map(StoredTime.milliseconds)
    }

    /// Decodes by column name, without Codable's key conversion: lists read thousands of rows.
    init(row: Row) throws {
        id = row["id"]
        sessionId = row["session_id"]
        ticketId = row["ticket_id"]
        number = row["number"]
        reason = row["reason"]
        window = row["window"]
        zone = row["zone"]
        priority = row["priority"]
        priorityRank = row["priority_rank"]
        status = row["status"]
        owner = row["owner"]
        createdBy = row["created_by"]
        createdAt = row["created_at"]
        dueAt = row["due_at"]
        lockedAt = row["locked_at"]
        attempts = row["attempts"]
        unreachedAttempts = row["unreached_attempts"]
        lastOutcome = row["last_outcome"]
        closeReason = row["close_reason"]
        closedAt = row["closed_at"]
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// The domain value; fails on a status, priority or zone this build does not know.
    func callback() throws -> Callback {
        Callback(
            id: id, sessionID: sessionId.map { SessionID($0) }, ticketID: ticketId, number: number, reason: reason,
            window: window.flatMap(CallingWindow.init), zone: try known(zone, "zone"),
            priority: try known(priority, "priority"),
            status: try known(status, "status"), owner: owner.map { PersonCode($0) }, createdBy: PersonCode(createdBy),
            createdAt: StoredTime.date(createdAt), dueAt: StoredTime.date(dueAt),
            lockedAt: lockedAt.map(StoredTime.date),
            attempts: attempts, unreachedAttempts: unreachedAttempts, lastOutcome: lastOutcome,
            closeReason: closeReason,
            closedAt: closedAt.map(StoredTime.date))
    }

    private func known<T: RawRepresentable<String>>(_ raw: String, _ what: String) throws -> T {
        guard let value = T(rawValue: raw) else {
            throw StoreError.corruptRecord(
                table: Self.databaseTableName, id: String(id ?? 0), detail: "unknown \(what) \"\(raw)\"")
        }
        return value
    }
}
