import GRDB

/// Migration "v4-retention": records older than the retention period (P-10 §10: two years) can be purged.
/// QC history stays a hash chain: a purge removes only a prefix of it and leaves a checkpoint with the seq and
/// hash of the last line removed, from which `qc audit` goes on checking. The append-only trigger is replaced
/// by one that lets a line go only once a checkpoint covers it.
extension StoreSchema {
    static func retentionMigration(_ db: Database) throws {
        try db.create(table: "qc_history_checkpoints") { t in
            t.primaryKey("seq", .integer)
            t.column("hash", .text).notNull()
            t.column("cutoff", .integer).notNull()
            t.column("purged_at", .integer).notNull()
            t.column("purged_by", .text).notNull()
        }
        try db.execute(
            sql: """
                DROP TRIGGER qc_history_no_delete;
                CREATE TRIGGER qc_history_no_delete BEFORE DELETE ON qc_history
                WHEN OLD.seq > (SELECT COALESCE(MAX(seq), 0) FROM qc_history_checkpoints)
                BEGIN SELECT RAISE(ABORT, 'qc_history is append-only'); END;
                CREATE TRIGGER qc_history_checkpoints_no_update BEFORE UPDATE ON qc_history_checkpoints
                BEGIN SELECT RAISE(ABORT, 'qc_history_checkpoints is append-only'); END;
                CREATE TRIGGER qc_history_checkpoints_no_delete BEFORE DELETE ON qc_history_checkpoints
                BEGIN SELECT RAISE(ABORT, 'qc_history_checkpoints is append-only'); END;
                """)
    }
}
