import Foundation
import GRDB
import PanduCore

/// The contact event that goes with a follow-up change, written in the same transaction.
extension SQLiteStore {
    /// Inserts `event` (if any) in `db` and returns it as stored.
    func insert(_ event: HandlingEvent?, in db: Database) throws -> HandlingEvent? {
        guard let event else { return nil }
        var row = try EventRow(event)
        row.id = nil
        try row.insert(db)
        var stored = event
        stored.id = row.id
        stored.at = StoredTime.normalized(event.at)
        return stored
    }
}
