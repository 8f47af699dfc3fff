import GRDB

/// The SQLite schema as a list of migrations. A shipped migration is never edited: a change is a new one.
/// Names are literal (not taken from Swift types) so renaming a type cannot change an old migration.
enum StoreSchema {
    /// Every migration this build knows, in order.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1", migrate: v1)
        migrator.registerMigration("v2-review-qc", migrate: reviewQC)
        migrator.registerMigration("v2-followup", migrate: followUpMigration)
        migrator.registerMigration("v2-monitoring", migrate: monitoringMigration)
        migrator.registerMigration("v3-acd-fast", migrate: acdFastMigration)
        migrator.registerMigration("v4-login-tokens", migrate: loginTokensMigration)
        migrator.registerMigration("v4-retention", migrate: retentionMigration)
        migrator.registerMigration("v4-acd-blocks", migrate: acdBlocksMigration)
        return migrator
    }

    /// People, contact headers and the append-only event record. Times are INTEGER milliseconds since
    /// 1970-01-01 UTC (see `StoredTime`).
    private static func v1(_ db: Database) throws {
        try db.create(table: "people") { t in
            t.primaryKey("code", .text)
            t.column("name", .text).notNull()
            t.column("online_name", .text).notNull()
            t.column("role", .text).notNull()
            t.column("team", .text)
            t.column("site", .text)
            t.column("skills", .text).notNull().defaults(to: "")
            t.column("pin_hash", .text).notNull().defaults(to: "")
            t.column("disabled", .integer).notNull().defaults(to: 0)
            t.column("created_at", .integer).notNull()
        }
        try db.create(table: "sessions") { t in
            t.primaryKey("id", .text)
            t.column("agent", .text).notNull()
            t.column("flow", .text).notNull()
            t.column("service", .text).notNull()
            t.column("channel", .text).notNull()
            t.column("started_at", .integer).notNull()
            t.column("ended_at", .integer)
            t.column("status", .text).notNull()
            t.column("disposition", .text)
            t.column("customer_zone", .text).notNull()
        }
        try db.create(index: "sessions_agent_started", on: "sessions", columns: ["agent", "started_at"])
        try db.create(index: "sessions_started", on: "sessions", columns: ["started_at"])
        try db.create(index: "sessions_status", on: "sessions", columns: ["status"])
        try db.create(table: "events") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("session_id", .text).references("sessions", column: "id", onDelete: .restrict)
            t.column("actor", .text).notNull()
            t.column("at", .integer).notNull()
            t.column("type", .text).notNull()
            t.column("step", .text)
            t.column("sop_code", .text)
            t.column("data", .text).notNull().defaults(to: "{}").check(sql: "json_valid(data)")
        }
        try db.create(index: "events_session_id", on: "events", columns: ["session_id", "id"])
        try db.create(index: "events_type_at", on: "events", columns: ["type", "at"])
        try db.create(index: "events_actor_at", on: "events", columns: ["actor", "at"])
    }
}
