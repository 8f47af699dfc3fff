import Foundation
import GRDB

/// One purge inside its transaction. Candidates go into temporary tables (`p_…`); `narrow()` takes out
/// every candidate that something kept still refers to, until nothing changes; `delete()` removes the rest.
/// A contact goes with its events, summary, notes, samples and discipline records; follow-ups go when
/// settled; approved directory corrections never go (they are the live directory overlay); QC history
/// goes only as a prefix of its hash chain; the ACD's blocks go by whole buckets.
struct RetentionPurge {
    let db: Database
    /// Milliseconds since 1970.
    let cutoff: Int64

    static let tables = [
        "p_sessions", "p_callbacks", "p_escalations", "p_corrections", "p_calibrations", "p_evaluations", "p_plans",
    ]

    /// The candidates: closed before the cutoff, settled, with no history line or dependent at or after it.
    func select() throws {
        for table in Self.tables { try db.execute(sql: "CREATE TEMP TABLE \(table) (id PRIMARY KEY)") }
        let c = cutoff
        try run(
            """
            INSERT INTO p_sessions SELECT id FROM sessions
            WHERE status != 'open' AND started_at < \(c) AND COALESCE(ended_at, started_at) < \(c)
              AND id NOT IN (SELECT session_id FROM events WHERE session_id IS NOT NULL AND at >= \(c))
              AND id NOT IN (SELECT session_id FROM review_notes WHERE at >= \(c))
              AND id NOT IN (SELECT session_id FROM discipline_records WHERE session_id IS NOT NULL AND at >= \(c))
              AND id NOT IN (SELECT session_id FROM qc_samples WHERE drawn_at >= \(c))
            """,
            """
            INSERT INTO p_callbacks SELECT id FROM callbacks
            WHERE status IN ('resolved', 'closed', 'cancelled') AND COALESCE(closed_at, created_at) < \(c)
              AND created_at < \(c) AND id NOT IN (SELECT callback_id FROM callback_history WHERE at >= \(c))
            """,
            """
            INSERT INTO p_escalations SELECT id FROM escalations
            WHERE status IN ('resolved', 'closed') AND raised_at < \(c)
              AND COALESCE(closed_at, resolved_at, raised_at) < \(c)
              AND id NOT IN (SELECT escalation_id FROM escalation_history WHERE at >= \(c))
            """,
            """
            INSERT INTO p_corrections SELECT id FROM directory_corrections
            WHERE status = 'rejected' AND COALESCE(decided_at, proposed_at) < \(c) AND proposed_at < \(c)
              AND id NOT IN (SELECT correction_id FROM directory_correction_history WHERE at >= \(c))
            """,
            """
            INSERT INTO p_calibrations SELECT id FROM qc_calibrations
            WHERE closed_at IS NOT NULL AND closed_at < \(c) AND opened_at < \(c)
            """,
            """
            INSERT INTO p_evaluations SELECT id FROM qc_evaluations
            WHERE status != 'disputed' AND created_at < \(c) AND COALESCE(released_at, created_at) < \(c)
              AND id NOT IN (SELECT evaluation_id FROM qc_history WHERE at >= \(c))
              AND id NOT IN (SELECT evaluation_id FROM qc_disputes
                             WHERE status = 'open' OR opened_at >= \(c) OR COALESCE(resolved_at, 0) >= \(c))
            """,
            """
            INSERT INTO p_plans SELECT id FROM recovery_plans
            WHERE status IN ('verified', 'failed') AND interval_end < \(c) AND opened_at < \(c)
              AND id NOT IN (SELECT plan_id FROM recovery_history WHERE at >= \(c))
            """)
    }

    /// Takes out candidates that a kept row refers to, until a pass changes nothing.
    func narrow() throws {
        while true {
            let before = try candidates()
            try run(
                "DELETE FROM p_sessions WHERE id IN (SELECT session_id FROM callbacks WHERE id NOT IN p_callbacks)",
                """
                DELETE FROM p_sessions WHERE id IN
                  (SELECT session_id FROM callback_history WHERE callback_id NOT IN p_callbacks)
                """,
                "DELETE FROM p_sessions WHERE id IN (SELECT session_id FROM escalations WHERE id NOT IN p_escalations)",
                """
                DELETE FROM p_sessions WHERE id IN
                  (SELECT session_id FROM directory_corrections WHERE id NOT IN p_corrections)
                """,
                "DELETE FROM p_sessions WHERE id IN (SELECT session_id FROM qc_evaluations WHERE id NOT IN p_evaluations)",
                "DELETE FROM p_sessions WHERE id IN (SELECT session_id FROM qc_calibrations WHERE id NOT IN p_calibrations)",
                """
                DELETE FROM p_evaluations WHERE id IN (SELECT id FROM qc_evaluations
                  WHERE (session_id IS NOT NULL AND session_id NOT IN p_sessions)
                     OR (calibration_id IS NOT NULL AND calibration_id NOT IN p_calibrations))
                """,
                "DELETE FROM p_calibrations WHERE id IN (SELECT id FROM qc_calibrations WHERE session_id NOT IN p_sessions)",
                """
                DELETE FROM p_calibrations WHERE id IN
                  (SELECT calibration_id FROM qc_evaluations WHERE id NOT IN p_evaluations)
                """,
                // Only a prefix of the chain can go: an evaluation with a line after the first kept line stays.
                """
                DELETE FROM p_evaluations WHERE id IN (SELECT evaluation_id FROM qc_history WHERE seq >
                  (SELECT COALESCE(MIN(seq), 9223372036854775807) FROM qc_history WHERE evaluation_id NOT IN p_evaluations))
                """)
            if try candidates() == before { return }
        }
    }

    /// Deletes the candidates left, children first, and leaves a QC checkpoint when history lines go.
    func delete(now: Int64, actor: String) throws -> PurgeReport {
        var report = PurgeReport()
        report.keptContacts =
            try Int.fetchOne(
                db,
                sql: """
                    SELECT COUNT(*) FROM sessions WHERE status != 'open' AND started_at < \(cutoff)
                    AND COALESCE(ended_at, started_at) < \(cutoff) AND id NOT IN p_sessions
                    """) ?? 0
        report.checkpoint = try checkpoint(now: now, actor: actor)
        if let seq = report.checkpoint?.seq {
            try count(&report, "qc_history", "DELETE FROM qc_history WHERE seq <= \(seq)")
        }
        let c = cutoff
        let steps: [(String, String)] = [
            ("qc_disputes", "DELETE FROM qc_disputes WHERE evaluation_id IN p_evaluations"),
            ("qc_evaluations", "DELETE FROM qc_evaluations WHERE id IN p_evaluations"),
            ("qc_calibrations", "DELETE FROM qc_calibrations WHERE id IN p_calibrations"),
            ("qc_samples", "DELETE FROM qc_samples WHERE session_id IN p_sessions"),
            ("review_notes", "DELETE FROM review_notes WHERE session_id IN p_sessions"),
            (
                "discipline_records",
                "DELETE FROM discipline_records WHERE session_id IN p_sessions OR (session_id IS NULL AND at < \(c))"
            ),
            ("callback_history", "DELETE FROM callback_history WHERE callback_id IN p_callbacks"),
            ("callbacks", "DELETE FROM callbacks WHERE id IN p_callbacks"),
            ("escalation_history", "DELETE FROM escalation_history WHERE escalation_id IN p_escalations"),
            ("escalations", "DELETE FROM escalations WHERE id IN p_escalations"),
            (
                "directory_correction_history",
                "DELETE FROM directory_correction_history WHERE correction_id IN p_corrections"
            ),
            ("directory_corrections", "DELETE FROM directory_corrections WHERE id IN p_corrections"),
            ("events", "DELETE FROM events WHERE session_id IN p_sessions OR (session_id IS NULL AND at < \(c))"),
            ("session_summaries", "DELETE FROM session_summaries WHERE session_id IN p_sessions"),
            ("sessions", "DELETE FROM sessions WHERE id IN p_sessions"),
            ("recovery_history", "DELETE FROM recovery_history WHERE plan_id IN p_plans"),
            ("recovery_plans", "DELETE FROM recovery_plans WHERE id IN p_plans"),
            ("roster_shifts", "DELETE FROM roster_shifts WHERE end_at < \(c)"),
            ("trunk_counts", "DELETE FROM trunk_counts WHERE (start_s + minutes * 60) * 1000 <= \(c)"),
        ]
        for (table, sql) in steps { try count(&report, table, sql) }
        try deleteACD(&report)
        return report
    }

    /// The ACD's line and episode blocks, slot tallies and call spans of whole 15-minute buckets before the
    /// cutoff, but never from the first bucket of a call still going on at the cutoff (a line arriving for it
    /// later rebuilds it from its older lines).
    func deleteACD(_ report: inout PurgeReport) throws {
        let seconds = cutoff / 1000
        let straddling = try Int64.fetchOne(db, sql: "SELECT MIN(first_s) FROM acd_calls WHERE last_s >= \(seconds)")
        let limit = AcdBuckets.bucket(min(seconds, straddling ?? seconds))
        let bucket = AcdBuckets.seconds
        try count(&report, "acd_line_blocks", "DELETE FROM acd_line_blocks WHERE bucket_s + \(bucket) <= \(limit)")
        try count(
            &report, "acd_episode_blocks", "DELETE FROM acd_episode_blocks WHERE bucket_s + \(bucket) <= \(limit)")
        try count(&report, "acd_slot_counts", "DELETE FROM acd_slot_counts WHERE slot_s + \(bucket) <= \(limit)")
        try count(&report, "acd_calls", "DELETE FROM acd_calls WHERE last_s < \(limit)")
    }

    /// The checkpoint for the chain prefix whose evaluations all go, written before the lines are deleted
    /// (the trigger lets a line go only under a checkpoint); nil when no line goes.
    func checkpoint(now: Int64, actor: String) throws -> QCCheckpoint? {
        let firstKept = try Int64.fetchOne(
            db, sql: "SELECT MIN(seq) FROM qc_history WHERE evaluation_id NOT IN p_evaluations")
        let last = try Int64.fetchOne(
            db,
            sql: firstKept.map { "SELECT MAX(seq) FROM qc_history WHERE seq < \($0)" }
                ?? "SELECT MAX(seq) FROM qc_history")
        guard let last, let hash = try String.fetchOne(db, sql: "SELECT hash FROM qc_history WHERE seq = \(last)")
        else { return nil }
        try db.execute(
            sql: "INSERT INTO qc_history_checkpoints (seq, hash, cutoff, purged_at, purged_by) VALUES (?, ?, ?, ?, ?)",
            arguments: [last, hash, cutoff, now, actor])
        return QCCheckpoint(seq: last, hash: hash)
    }

    func dropTables() throws {
        for table in Self.tables { try db.execute(sql: "DROP TABLE temp.\(table)") }
    }

    private func candidates() throws -> Int {
        try Self.tables.reduce(0) { $0 + (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \($1)") ?? 0) }
    }

    private func run(_ statements: String...) throws {
        for sql in statements { try db.execute(sql: sql) }
    }

    private func count(_ report: inout PurgeReport, _ table: String, _ sql: String) throws {
        try db.execute(sql: sql)
        if db.changesCount > 0 { report.removed[table, default: 0] += db.changesCount }
    }
}
