import Foundation
import GRDB
import PanduCore

/// Roster shifts: replaced per (agent, day) in one transaction, all or nothing.
extension SQLiteStore {
    /// Deletes the shifts of every (agent, day) in `entries`, then inserts `entries`.
    public func replaceRoster(_ entries: [RosterEntry], importedBy: PersonCode, at: Date) throws
        -> RosterReplaceResult
    {
        try writing("importing \(entries.count) roster shift(s)") { db in
            var replaced = 0
            let pairs = Set(entries.map { PairKey(agent: $0.shift.agent, day: $0.shift.day) })
            for pair in pairs {
                try db.execute(
                    sql: "DELETE FROM roster_shifts WHERE agent = ? AND day = ?",
                    arguments: [pair.agent, pair.day])
                replaced += db.changesCount
            }
            for entry in entries {
                var row = RosterRow(entry, importedBy: importedBy, at: at)
                try row.insert(db)
            }
            return RosterReplaceResult(inserted: entries.count, replaced: replaced)
        }
    }

    /// Shifts overlapping `[from, to)` or of `day`, optionally of one agent.
    public func roster(from: Date?, to: Date?, day: String?, agent: String?) throws -> [RosterEntry] {
        var request = RosterRow.all()
        if let from { request = request.filter(Column("end_at") > StoredTime.milliseconds(from)) }
        if let to { request = request.filter(Column("start_at") < StoredTime.milliseconds(to)) }
        if let day { request = request.filter(Column("day") == day) }
        if let agent { request = request.filter(Column("agent") == agent) }
        let ordered = request.order(Column("start_at"), Column("agent"), Column("id"))
        return try reading("reading the roster") { try ordered.fetchAll($0) }.map { try $0.entry() }
    }

    private struct PairKey: Hashable {
        var agent: String
        var day: String
    }
}
