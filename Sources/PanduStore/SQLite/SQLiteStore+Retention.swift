import Foundation
import GRDB
import PanduCore

/// The purge of records past retention (`RetentionStore`): what may go is worked out in temporary tables,
/// narrowed until nothing kept refers to anything removed, then deleted in one transaction.
extension SQLiteStore: RetentionStore {
    /// Removes what ended before `cutoff` and nothing newer depends on, with its audit event; `dryRun` rolls
    /// everything back.
    public func purge(
        before cutoff: Date, by actor: PersonCode, dryRun: Bool, audit: (PurgeReport) -> HandlingEvent
    ) throws -> PurgeReport {
        let c = StoredTime.milliseconds(cutoff)
        let now = StoredTime.milliseconds(clock.now())
        var report = PurgeReport()
        do {
            try pool.writeWithoutTransaction { db in
                try db.inTransaction {
                    let purge = RetentionPurge(db: db, cutoff: c)
                    try purge.select()
                    try purge.narrow()
                    report = try purge.delete(now: now, actor: actor.rawValue)
                    try purge.dropTables()
                    if dryRun { return .rollback }
                    var event = try EventRow(audit(report))
                    event.id = nil
                    try event.insert(db)
                    return .commit
                }
            }
        } catch {
            throw failure(error, "purging records before \(cutoff)")
        }
        return report
    }
}
