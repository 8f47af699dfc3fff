import GRDB

/// Migration "v2-monitoring": the tables of real-time monitoring (issue 5). Roster and recovery times are
/// INTEGER milliseconds like the rest of the store; ACD tables keep queue_log's epoch seconds (`*_s`).
extension StoreSchema {
    static func monitoringMigration(_ db: Database) throws {
        try rosterTables(db)
        try acdTables(db)
        try trunkAndMapTables(db)
        try recoveryTables(db)
    }

    /// Roster shifts; a re-import of a day replaces that day's rows of the agents in the file.
    private static func rosterTables(_ db: Database) throws {
        try db.create(table: "roster_shifts") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("agent", .text).notNull()
            t.column("day", .text).notNull()
            t.column("start_at", .integer).notNull()
            t.column("end_at", .integer).notNull()
            t.column("breaks", .text).notNull().defaults(to: "[]").check(sql: "json_valid(breaks)")
            t.column("aux_allowance_minutes", .double).notNull().defaults(to: 0)
            t.column("position", .text)
            t.column("source", .text)
            t.column("line", .integer)
            t.column("imported_at", .integer).notNull()
            t.column("imported_by", .text).notNull()
        }
        try db.create(index: "roster_day_agent", on: "roster_shifts", columns: ["day", "agent"])
        try db.create(index: "roster_start", on: "roster_shifts", columns: ["start_at"])
    }

    /// queue_log lines (unique on time + content hash: a re-import adds nothing twice), the call episodes
    /// rebuilt from them, and where each imported file was read up to.
    private static func acdTables(_ db: Database) throws {
        // WITHOUT ROWID, keyed by (time, content hash): one B-tree for the rows and the idempotency key
        // instead of a rowid table plus a unique index. Time first: lines arrive in time order, so the key
        // grows at its end. `seq` is the order stored (file order), assigned by the importer.
        try db.create(table: "acd_lines", options: .withoutRowID) { t in
            t.column("epoch_s", .integer).notNull()
            t.column("hash", .integer).notNull()
            t.column("seq", .integer).notNull()
            t.column("usec", .integer).notNull().defaults(to: 0)
            t.column("callid", .text).notNull()
            t.column("queue", .text).notNull()
            t.column("agent", .text).notNull()
            t.column("event", .text).notNull()
            t.column("params", .text).notNull()
            t.primaryKey(["epoch_s", "hash"])
        }
        try db.create(index: "acd_lines_callid", on: "acd_lines", columns: ["callid"])
        // The next `seq` of acd_lines (MAX(seq) would scan the table: seq is not indexed).
        try db.create(table: "acd_line_seq") { t in
            t.column("next", .integer).notNull()
        }
        try db.execute(sql: "INSERT INTO acd_line_seq (next) VALUES (1)")
        // A plain rowid key (no AUTOINCREMENT bookkeeping per insert): new ids still exceed every stored
        // one, which is all the `ORDER BY entered_s, id` tiebreak needs.
        try db.create(table: "acd_episodes") { t in
            t.primaryKey("id", .integer)
            t.column("callid", .text).notNull()
            t.column("queue", .text).notNull()
            t.column("entered_s", .integer).notNull()
            t.column("has_enter", .integer).notNull()
            t.column("caller_id", .text)
            t.column("did", .text)
            t.column("connected_s", .integer)
            t.column("member", .text)
            t.column("wait_s", .integer)
            t.column("ring_s", .integer)
            t.column("talk_s", .integer)
            t.column("ended_s", .integer)
            t.column("exit", .text)
            t.column("exit_key", .text)
            t.column("transfer_target", .text)
            t.column("superseded_s", .integer)
            t.column("ring_no_answers", .integer).notNull().defaults(to: 0)
            t.column("ring_cancels", .integer).notNull().defaults(to: 0)
            t.column("late_events", .integer).notNull().defaults(to: 0)
            t.column("original_position", .integer)
            t.column("exit_position", .integer)
        }
        try db.create(index: "acd_episodes_entered", on: "acd_episodes", columns: ["entered_s"])
        try db.create(index: "acd_episodes_callid", on: "acd_episodes", columns: ["callid"])
        // Additive KPI counts per queue and 15-minute slot (orphans apart), updated with every import.
        try db.create(table: "acd_slot_counts") { t in
            t.column("queue", .text).notNull()
            t.column("slot_s", .integer).notNull()
            t.column("orphan", .integer).notNull()
            t.column("tally", .text).notNull()
            t.primaryKey(["slot_s", "queue", "orphan"])
        }
        try db.create(table: "acd_positions") { t in
            t.primaryKey("path", .text)
            t.column("device", .integer).notNull()
            t.column("inode", .integer).notNull()
            t.column("offset", .integer).notNull()
            t.column("lines", .integer).notNull()
            t.column("updated_at", .integer).notNull()
        }
    }

    /// The ACD agent → person map and the switch's attempt counts (for SCR).
    private static func trunkAndMapTables(_ db: Database) throws {
        try db.create(table: "acd_agent_map") { t in
            t.primaryKey("agent", .text)
            t.column("person", .text).notNull()
            t.column("mapped_at", .integer).notNull()
            t.column("mapped_by", .text)
        }
        try db.create(table: "trunk_counts") { t in
            t.column("line", .text).notNull()
            t.column("start_s", .integer).notNull()
            t.column("minutes", .integer).notNull()
            t.column("attempts", .integer).notNull()
            t.column("accepted", .integer)
            t.column("blocked", .integer).notNull()
            t.primaryKey(["line", "start_s"])
        }
    }

    /// Recovery plans (P-10 §6.5) and their append-only history.
    private static func recoveryTables(_ db: Database) throws {
        try db.create(table: "recovery_plans") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("scope", .text).notNull()
            t.column("measure", .text).notNull()
            t.column("interval_start", .integer).notNull()
            t.column("interval_end", .integer).notNull()
            t.column("observed", .double).notNull()
            t.column("target", .double).notNull()
            t.column("direction", .text).notNull()
            t.column("offered", .integer)
            t.column("aht_s", .double)
            t.column("agents_needed", .integer)
            t.column("agents_staffed", .integer)
            t.column("suggestion", .text).notNull().defaults(to: "")
            t.column("owner", .text)
            t.column("status", .text).notNull()
            t.column("opened_at", .integer).notNull()
            t.column("opened_by", .text).notNull()
            t.uniqueKey(["scope", "measure", "interval_start"])
        }
        try db.create(index: "recovery_interval", on: "recovery_plans", columns: ["interval_start"])
        try db.create(table: "recovery_history") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("plan_id", .integer).notNull().references(
                "recovery_plans", column: "id", onDelete: .restrict)
            t.column("at", .integer).notNull()
            t.column("actor", .text).notNull()
            t.column("kind", .text).notNull()
            t.column("note", .text).notNull()
            t.column("data", .text).notNull().defaults(to: "{}").check(sql: "json_valid(data)")
        }
        try db.create(
            index: "recovery_history_plan", on: "recovery_history", columns: ["plan_id", "id"])
    }
}
