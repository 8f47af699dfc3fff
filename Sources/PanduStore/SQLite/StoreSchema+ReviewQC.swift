import GRDB

/// Tables of the TL review and the QC workflow (migration "v2-review-qc").
extension StoreSchema {
    /// Session summaries (a rebuildable cache for review filters), coaching notes, F-03 discipline records,
    /// QC evaluations with their hash-chained history, disputes, samples and calibration rounds.
    static func reviewQC(_ db: Database) throws {
        try db.create(table: "session_summaries") { t in
            t.primaryKey("session_id", .text).references("sessions", column: "id", onDelete: .cascade)
            t.column("handling_seconds", .integer).notNull()
            t.column("hold_count", .integer).notNull()
            t.column("longest_hold_seconds", .integer).notNull()
            t.column("score", .double)
            t.column("fatal", .integer).notNull()
            t.column("overall", .text)
            // ",147-O1,147-C2," so one parameter is found with instr(failed, ',P,').
            t.column("failed", .text).notNull()
            t.column("standard", .text)
            t.column("standard_version", .text).notNull()
        }
        try db.create(index: "session_summaries_fatal", on: "session_summaries", columns: ["fatal"])
        try db.create(table: "review_notes") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("session_id", .text).notNull().references("sessions", column: "id", onDelete: .restrict)
            t.column("agent", .text).notNull()
            t.column("author", .text).notNull()
            t.column("at", .integer).notNull()
            t.column("text", .text).notNull()
        }
        try db.create(index: "review_notes_session", on: "review_notes", columns: ["session_id"])
        try db.create(index: "review_notes_at", on: "review_notes", columns: ["at"])
        try db.create(table: "discipline_records") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("agent", .text).notNull()
            t.column("rule", .text).notNull()
            t.column("action", .text).notNull()
            t.column("session_id", .text).references("sessions", column: "id", onDelete: .restrict)
            t.column("note", .text)
            t.column("author", .text).notNull()
            t.column("at", .integer).notNull()
        }
        try db.create(index: "discipline_records_agent_at", on: "discipline_records", columns: ["agent", "at"])
        try createQCTables(db)
    }

    private static func createQCTables(_ db: Database) throws {
        try db.create(table: "qc_calibrations") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("session_id", .text).notNull().references("sessions", column: "id", onDelete: .restrict)
            t.column("officers", .text).notNull()
            t.column("opened_by", .text).notNull()
            t.column("opened_at", .integer).notNull()
            t.column("closed_at", .integer)
        }
        try db.create(table: "qc_evaluations") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("session_id", .text).references("sessions", column: "id", onDelete: .restrict)
            t.column("transcript_id", .text)
            t.column("agent", .text).notNull()
            t.column("standard", .text).notNull()
            t.column("standard_version", .text).notNull()
            t.column("evaluator", .text).notNull()
            t.column("status", .text).notNull()
            t.column("items", .text).notNull().check(sql: "json_valid(items)")
            t.column("score", .double)
            t.column("fatal", .integer).notNull()
            t.column("overall", .text)
            t.column("contact_at", .integer).notNull()
            t.column("created_at", .integer).notNull()
            t.column("released_at", .integer)
            t.column("calibration_id", .integer).references("qc_calibrations", column: "id", onDelete: .restrict)
        }
        try db.create(index: "qc_evaluations_contact_at", on: "qc_evaluations", columns: ["contact_at"])
        try db.create(index: "qc_evaluations_agent_at", on: "qc_evaluations", columns: ["agent", "contact_at"])
        try db.create(index: "qc_evaluations_session", on: "qc_evaluations", columns: ["session_id"])
        try db.create(index: "qc_evaluations_calibration", on: "qc_evaluations", columns: ["calibration_id"])
        try db.create(table: "qc_history") { t in
            t.autoIncrementedPrimaryKey("seq")
            t.column("evaluation_id", .integer).notNull().references(
                "qc_evaluations", column: "id", onDelete: .restrict)
            t.column("at", .integer).notNull()
            t.column("actor", .text).notNull()
            t.column("action", .text).notNull()
            t.column("detail", .text).notNull()
            t.column("status", .text).notNull()
            t.column("score", .double)
            t.column("verdicts", .text).notNull()
            t.column("previous_hash", .text).notNull()
            t.column("hash", .text).notNull()
        }
        try db.create(index: "qc_history_evaluation", on: "qc_history", columns: ["evaluation_id", "seq"])
        // Append-only: history rows can be added, never changed or removed (besides the hash chain).
        try db.execute(
            sql: """
                CREATE TRIGGER qc_history_no_update BEFORE UPDATE ON qc_history
                BEGIN SELECT RAISE(ABORT, 'qc_history is append-only'); END;
                CREATE TRIGGER qc_history_no_delete BEFORE DELETE ON qc_history
                BEGIN SELECT RAISE(ABORT, 'qc_history is append-only'); END;
                """)
        try db.create(table: "qc_disputes") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("evaluation_id", .integer).notNull().references(
                "qc_evaluations", column: "id", onDelete: .restrict)
            t.column("parameter", .text).notNull()
            t.column("reason", .text).notNull()
            t.column("agent", .text).notNull()
            t.column("opened_at", .integer).notNull()
            t.column("status", .text).notNull()
            t.column("resolver", .text)
            t.column("resolved_at", .integer)
            t.column("comment", .text)
            t.column("new_verdict", .text)
        }
        try db.create(index: "qc_disputes_evaluation", on: "qc_disputes", columns: ["evaluation_id"])
        try db.create(table: "qc_samples") { t in
            t.column("session_id", .text).notNull().references("sessions", column: "id", onDelete: .restrict)
            // qc (QC tapping) or monitoring (a TL's real monitoring, F-04): each draws a contact once.
            t.column("purpose", .text).notNull()
            t.column("agent", .text).notNull()
            t.column("drawn_by", .text).notNull()
            t.column("drawn_at", .integer).notNull()
            t.column("seed", .text).notNull()
            t.primaryKey(["session_id", "purpose"])
        }
        try db.create(index: "qc_samples_drawn_at", on: "qc_samples", columns: ["purpose", "drawn_at"])
    }
}
