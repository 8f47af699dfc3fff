import GRDB

/// Migration "v3-acd-fast": `acd_lines` loses its callid index (one B-tree insert per imported line, a third
/// of the store's import work) for `acd_calls`, one row per call with the time span of its call lines. A call
/// whose lines straddle two imports is found there, and its older lines are read by a range of the lines'
/// (time, hash) key. The call event names are spelled out: a migration never depends on app types.
extension StoreSchema {
    static func acdFastMigration(_ db: Database) throws {
        try db.create(table: "acd_calls", options: .withoutRowID) { t in
            t.primaryKey("callid", .text)
            t.column("first_s", .integer).notNull()
            t.column("last_s", .integer).notNull()
        }
        try db.execute(
            sql: "INSERT INTO acd_calls (callid, first_s, last_s) SELECT callid, MIN(epoch_s), MAX(epoch_s) "
                + "FROM acd_lines WHERE event IN (\(callEventList)) GROUP BY callid")
        try db.execute(sql: "DROP INDEX acd_lines_callid")
    }

    /// The queue_log events of a caller's episode (`QueueEventKind.isCallEvent` when this migration shipped).
    static let callEventList = [
        "ENTERQUEUE", "RINGNOANSWER", "RINGCANCELED", "CONNECT", "DID", "COMPLETECALLER", "COMPLETEAGENT",
        "TRANSFER", "BLINDTRANSFER", "ATTENDEDTRANSFER", "ABANDON", "EXITWITHTIMEOUT", "EXITWITHKEY",
        "EXITEMPTY", "WITHDRAW", "AGENTDUMP", "SYSCOMPAT",
    ].map { "'\($0)'" }.joined(separator: ",")
}
