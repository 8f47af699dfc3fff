import Foundation
import GRDB
import PanduCore

/// QC evaluations and their history chain, disputes, samples and calibration rounds.
extension SQLiteStore: QCStore {
    /// Writes a new evaluation and its first history line in one transaction.
    public func createEvaluation(_ evaluation: QCEvaluation, action: String, detail: String) throws -> QCEvaluation {
        var row = try QCEvaluationRow(evaluation)
        row.id = nil
        return try writing("recording a QC evaluation") { db in
            try row.insert(db)
            var stored = evaluation
            stored.id = row.id ?? 0
            try Self.appendHistory(
                .after(action, of: stored, by: evaluation.evaluator, at: evaluation.createdAt, detail: detail), db)
            return stored
        }
    }

    /// Replaces an evaluation's state and appends its history line in one transaction.
    public func updateEvaluation(_ evaluation: QCEvaluation, entry: QCHistoryEntry) throws {
        let row = try QCEvaluationRow(evaluation)
        try writing("updating QC evaluation \(evaluation.id)") { db in
            try row.update(db)
            try Self.appendHistory(entry, db)
        }
    }

    /// One evaluation.
    public func evaluation(_ id: Int64) throws -> QCEvaluation? {
        try reading("reading QC evaluation \(id)") { try QCEvaluationRow.fetchOne($0, key: id) }?.evaluation()
    }

    /// Evaluations matching `query`, newest contact first.
    public func evaluations(_ query: EvaluationQuery) throws -> [QCEvaluation] {
        var r = QCEvaluationRow.all()
        if let agents = query.agents { r = r.filter(agents.map(\.rawValue).contains(Column("agent"))) }
        if let v = query.evaluator { r = r.filter(Column("evaluator") == v.rawValue) }
        if let v = query.statuses { r = r.filter(v.map(\.rawValue).contains(Column("status"))) }
        if let v = query.session { r = r.filter(Column("session_id") == v.rawValue) }
        if let v = query.calibration {
            r = r.filter(Column("calibration_id") == v)
        } else if !query.includeCalibration {
            r = r.filter(Column("calibration_id") == nil)
        }
        if let v = query.from { r = r.filter(Column("contact_at") >= StoredTime.milliseconds(v)) }
        if let v = query.to { r = r.filter(Column("contact_at") < StoredTime.milliseconds(v)) }
        r = r.order(Column("contact_at").desc, Column("id").desc)
        if let limit = query.limit { r = r.limit(max(0, limit)) }
        let request = r
        return try reading("listing QC evaluations") { try request.fetchAll($0) }.map { try $0.evaluation() }
    }

    /// One evaluation's history, oldest first.
    public func history(evaluation: Int64) throws -> [QCHistoryEntry] {
        let request = QCHistoryRow.filter(Column("evaluation_id") == evaluation).order(Column("seq"))
        return try reading("reading QC history") { try request.fetchAll($0) }.map { $0.entry() }
    }

    /// The chain, and every evaluation against its last history line.
    public func auditQC() throws -> QCAuditReport {
        try reading("auditing QC history") { db in
            let rows = try QCHistoryRow.order(Column("seq")).fetchAll(db)
            let checkpoint = try Row.fetchOne(db, sql: "SELECT seq, hash FROM qc_history_checkpoints ORDER BY seq DESC")
                .map { QCCheckpoint(seq: $0["seq"], hash: $0["hash"]) }
            var problems = QCHistoryChain.problems(rows, after: checkpoint)
            var last: [Int64: QCHistoryRow] = [:]
            for row in rows { last[row.evaluationID] = row }
            for evaluation in try QCEvaluationRow.fetchAll(db).map({ try $0.evaluation() }) {
                guard let line = last[evaluation.id] else {
                    problems.append("evaluation \(evaluation.id) has no history")
                    continue
                }
                let entry = line.entry()
                if entry.status != evaluation.status || entry.score != evaluation.score
                    || entry.verdicts != QCHistoryEntry.verdictLine(evaluation)
                {
                    problems.append("evaluation \(evaluation.id) differs from its last history line \(line.seq)")
                }
            }
            return QCAuditReport(
                entries: rows.count, head: rows.last?.hash ?? checkpoint?.hash ?? "", problems: problems)
        }
    }

    /// Opens a dispute with its evaluation's change, atomically.
    public func openDispute(_ dispute: QCDispute, evaluation: QCEvaluation, entry: QCHistoryEntry) throws -> QCDispute {
        var row = QCDisputeRow(dispute)
        row.id = nil
        let evaluationRow = try QCEvaluationRow(evaluation)
        try writing("recording a dispute") { db in
            try row.insert(db)
            try evaluationRow.update(db)
            try Self.appendHistory(entry, db)
        }
        return row.dispute()
    }

    /// Records a decision with its evaluation's change, atomically.
    public func resolveDispute(_ dispute: QCDispute, evaluation: QCEvaluation, entry: QCHistoryEntry) throws {
        let row = QCDisputeRow(dispute)
        let evaluationRow = try QCEvaluationRow(evaluation)
        try writing("resolving dispute \(dispute.id)") { db in
            try row.update(db)
            try evaluationRow.update(db)
            try Self.appendHistory(entry, db)
        }
    }

    /// One dispute.
    public func dispute(_ id: Int64) throws -> QCDispute? {
        try reading("reading dispute \(id)") { try QCDisputeRow.fetchOne($0, key: id) }?.dispute()
    }

    /// The disputes of one evaluation, oldest first.
    public func disputes(evaluation: Int64) throws -> [QCDispute] {
        let request = QCDisputeRow.filter(Column("evaluation_id") == evaluation).order(Column("id"))
        return try reading("reading disputes") { try request.fetchAll($0) }.map { $0.dispute() }
    }

    /// Contacts drawn before for `purpose`.
    public func sampledSessions(purpose: String) throws -> Set<SessionID> {
        let ids = try reading("reading drawn contacts") { db in
            try String.fetchAll(db, sql: "SELECT session_id FROM qc_samples WHERE purpose = ?", arguments: [purpose])
        }
        return Set(ids.map { SessionID($0) })
    }

    /// Records drawn contacts in one transaction.
    public func recordSamples(_ samples: [QCSample]) throws {
        do {
            try writing("recording drawn contacts") { db in
                for s in samples { try QCSampleRow(s).insert(db) }
            }
        } catch let error where Self.isConstraint(error, .SQLITE_CONSTRAINT_PRIMARYKEY) {
            throw StoreError.conflict(what: "sample", id: samples.map(\.sessionID.rawValue).joined(separator: ","))
        }
    }

    /// Draws for `purpose` in `[from, to)`.
    public func samples(purpose: String, from: Date?, to: Date?) throws -> [QCSample] {
        var r = QCSampleRow.filter(Column("purpose") == purpose)
        if let from { r = r.filter(Column("drawn_at") >= StoredTime.milliseconds(from)) }
        if let to { r = r.filter(Column("drawn_at") < StoredTime.milliseconds(to)) }
        let request = r.order(Column("drawn_at"), Column("session_id"))
        return try reading("reading drawn contacts") { try request.fetchAll($0) }.map { $0.sample() }
    }

    /// Opens a calibration round.
    public func createCalibration(_ calibration: QCCalibration) throws -> QCCalibration {
        var row = QCCalibrationRow(calibration)
        row.id = nil
        try writing("opening a calibration round") { try row.insert($0) }
        return row.calibration()
    }

    /// One calibration round.
    public func calibration(_ id: Int64) throws -> QCCalibration? {
        try reading("reading calibration \(id)") { try QCCalibrationRow.fetchOne($0, key: id) }?.calibration()
    }

    /// Closes a round.
    public func closeCalibration(_ id: Int64, at: Date) throws {
        try writing("closing calibration \(id)") { db in
            try db.execute(
                sql: "UPDATE qc_calibrations SET closed_at = ? WHERE id = ? AND closed_at IS NULL",
                arguments: [StoredTime.milliseconds(at), id])
        }
    }

    /// Evaluations with their first history lines in one transaction, for benchmarks.
    public func seedEvaluations(_ evaluations: [QCEvaluation], actor: PersonCode) throws {
        try writing("seeding \(evaluations.count) evaluations") { db in
            var previous = try Self.lastHistory(db)
            for e in evaluations {
                var row = try QCEvaluationRow(e)
                row.id = nil
                try row.insert(db)
                var stored = e
                stored.id = row.id ?? 0
                let entry = QCHistoryEntry.after("submitted", of: stored, by: actor, at: e.createdAt, detail: "seeded")
                let line = QCHistoryRow(entry, seq: previous.seq + 1, previousHash: previous.hash)
                try line.insert(db)
                previous = (line.seq, line.hash)
            }
        }
    }

    /// Appends `entry` after the newest history line, chaining its hash.
    static func appendHistory(_ entry: QCHistoryEntry, _ db: Database) throws {
        let previous = try lastHistory(db)
        try QCHistoryRow(entry, seq: previous.seq + 1, previousHash: previous.hash).insert(db)
    }

    /// The newest line, or after a purge that took every line, the checkpoint it left: the chain goes on from it.
    private static func lastHistory(_ db: Database) throws -> (seq: Int64, hash: String) {
        let row =
            try Row.fetchOne(db, sql: "SELECT seq, hash FROM qc_history ORDER BY seq DESC LIMIT 1")
            ?? Row.fetchOne(db, sql: "SELECT seq, hash FROM qc_history_checkpoints ORDER BY seq DESC LIMIT 1")
        guard let row else { return (0, "") }
        return (row["seq"], row["hash"])
    }
}
