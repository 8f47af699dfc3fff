import GRDB

extension StoreSchema {
    /// Callbacks, escalations and 108 directory corrections, each with an append-only history table
    /// (issue 4). Times are INTEGER milliseconds UTC like every other table.
    static func followUpMigration(_ db: Database) throws {
        try db.create(table: "callbacks") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("session_id", .text).references("sessions", column: "id", onDelete: .restrict)
            t.column("ticket_id", .text)
            t.column("number", .text).notNull()
            t.column("reason", .text).notNull()
            t.column("window", .text)
            t.column("zone", .text).notNull()
            t.column("priority", .text).notNull()
            t.column("priority_rank", .integer).notNull()
            t.column("status", .text).notNull()
            t.column("owner", .text)
            t.column("created_by", .text).notNull()
            t.column("created_at", .integer).notNull()
            t.column("due_at", .integer).notNull()
            t.column("locked_at", .integer)
            t.column("attempts", .integer).notNull().defaults(to: 0)
            t.column("unreached_attempts", .integer).notNull().defaults(to: 0)
            t.column("last_outcome", .text)
            t.column("close_reason", .text)
            t.column("closed_at", .integer)
        }
        try db.create(index: "callbacks_status_due", on: "callbacks", columns: ["status", "due_at", "priority_rank"])
        try db.create(index: "callbacks_created", on: "callbacks", columns: ["created_at"])
        try db.create(table: "callback_history") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("callback_id", .integer).notNull().references("callbacks", onDelete: .restrict)
            t.column("at", .integer).notNull()
            t.column("actor", .text).notNull()
            t.column("action", .text).notNull()
            t.column("outcome", .text)
            t.column("note", .text)
            t.column("session_id", .text)
            t.column("status", .text).notNull()
            t.column("owner", .text)
            t.column("due_at", .integer).notNull()
        }
        try db.create(index: "callback_history_callback", on: "callback_history", columns: ["callback_id", "id"])
        try db.create(index: "callback_history_action_at", on: "callback_history", columns: ["action", "at"])
        try createEscalationTables(db)
        try createCorrectionTables(db)
    }

    private static func createEscalationTables(_ db: Database) throws {
        try db.create(table: "escalations") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("session_id", .text).references("sessions", column: "id", onDelete: .restrict)
            t.column("level", .text).notNull()
            t.column("reason", .text).notNull()
            t.column("reference", .text)
            t.column("raised_by", .text).notNull()
            t.column("raised_at", .integer).notNull()
            t.column("team", .text)
            t.column("owner_role", .text).notNull()
            t.column("owner", .text)
            t.column("due_at", .integer).notNull()
            t.column("status", .text).notNull()
            t.column("acknowledged_at", .integer)
            t.column("resolved_at", .integer)
            t.column("closed_at", .integer)
            t.column("resolution", .text)
        }
        try db.create(index: "escalations_status_due", on: "escalations", columns: ["status", "due_at"])
        try db.create(index: "escalations_raised", on: "escalations", columns: ["raised_at"])
        try db.create(table: "escalation_history") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("escalation_id", .integer).notNull().references("escalations", onDelete: .restrict)
            t.column("at", .integer).notNull()
            t.column("actor", .text).notNull()
            t.column("status", .text).notNull()
            t.column("note", .text)
        }
        try db.create(
            index: "escalation_history_escalation", on: "escalation_history", columns: ["escalation_id", "id"])
    }

    private static func createCorrectionTables(_ db: Database) throws {
        try db.create(table: "directory_corrections") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("entry_id", .text).notNull()
            t.column("field", .text).notNull()
            t.column("old_value", .text).notNull()
            t.column("new_value", .text).notNull()
            t.column("reason", .text).notNull()
            t.column("proposed_by", .text).notNull()
            t.column("proposed_at", .integer).notNull()
            t.column("session_id", .text).references("sessions", column: "id", onDelete: .restrict)
            t.column("status", .text).notNull()
            t.column("decided_by", .text)
            t.column("decided_at", .integer)
            t.column("decision_note", .text)
        }
        try db.create(index: "directory_corrections_entry", on: "directory_corrections", columns: ["entry_id", "id"])
        try db.create(index: "directory_corrections_status", on: "directory_corrections", columns: ["status", "id"])
        try db.create(table: "directory_correction_history") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("correction_id", .integer).notNull().references("directory_corrections", onDelete: .restrict)
            t.column("at", .integer).notNull()
            t.column("actor", .text).notNull()
            t.column("status", .text).notNull()
            t.column("note", .text)
        }
        try db.create(
            index: "directory_correction_history_correction", on: "directory_correction_history",
            columns: ["correction_id", "id"])
    }
}
