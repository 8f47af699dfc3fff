import Foundation
import GRDB
import PanduCore

/// The TL review's tables: summaries, notes, discipline records.
extension SQLiteStore: ReviewStore {
    /// Closed or interrupted contacts without a summary, oldest first.
    public func sessionsWithoutSummary(limit: Int) throws -> [SessionID] {
        try reading("finding contacts to summarise") { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT s.id FROM sessions s LEFT JOIN session_summaries m ON m.session_id = s.id
                    WHERE s.status != 'open' AND m.session_id IS NULL ORDER BY s.started_at, s.id LIMIT ?
                    """, arguments: [limit])
        }.map { SessionID($0) }
    }

    /// Writes or replaces summaries in one transaction.
    public func saveSummaries(_ summaries: [SessionSummary]) throws {
        guard !summaries.isEmpty else { return }
        try writing("saving \(summaries.count) session summaries") { db in
            for s in summaries { try SessionSummaryRow(s).save(db) }
        }
    }

    /// Forgets every summary.
    public func deleteSummaries() throws {
        try writing("clearing session summaries") { db in try db.execute(sql: "DELETE FROM session_summaries") }
    }

    /// Contacts with their summaries, newest first.
    public func reviewSessions(_ query: ReviewQuery) throws -> [ReviewedSession] {
        let (sql, arguments) = Self.reviewSQL(query)
        return try reading("listing contacts for review") { db in
            // A cursor reads each row in place; fetchAll would copy every row first.
            try Array(Row.fetchCursor(db, sql: sql, arguments: arguments).map(Self.reviewed))
        }
    }

    /// The summary of one contact.
    public func summary(_ session: SessionID) throws -> SessionSummary? {
        try reading("reading the summary of \(session)") { try SessionSummaryRow.fetchOne($0, key: session.rawValue) }?
            .summary()
    }

    /// The columns of a review row, read by position in `reviewed` (GRDB's lookup by name lowercases each
    /// name on every row, which dominated a 100,000-row list).
    static let reviewColumns = """
        s.id, s.agent, s.flow, s.service, s.channel, s.started_at, s.ended_at, s.status, s.disposition, s.customer_zone,
        m.session_id, m.handling_seconds, m.hold_count, m.longest_hold_seconds, m.score, m.fatal, m.overall, m.failed,
        m.standard, m.standard_version
        """

    /// One review row, by position in `reviewColumns`.
    static func reviewed(_ row: Row) throws -> ReviewedSession {
        var session = SessionRow(
            SessionRecord(id: "", agent: "", flow: "", service: .line147, channel: .voice, startedAt: Date()))
        session.id = row[0]
        session.agent = row[1]
        session.flow = row[2]
        session.service = row[3]
        session.channel = row[4]
        session.startedAt = row[5]
        session.endedAt = row[6]
        session.status = row[7]
        session.disposition = row[8]
        session.customerZone = row[9]
        guard let id: String = row[10] else { return ReviewedSession(session: try session.record(), summary: nil) }
        let failed: String = row[17]
        let summary = SessionSummary(
            sessionID: SessionID(id), handlingSeconds: row[11], holdCount: row[12], longestHoldSeconds: row[13],
            score: row[14], fatal: row[15], overall: (row[16] as String?).flatMap(Verdict.init),
            failed: failed.split(separator: ",").map { ParameterID(String($0)) },
            standard: (row[18] as String?).map { StandardID($0) }, standardVersion: row[19])
        return ReviewedSession(session: try session.record(), summary: summary)
    }

    static func reviewSQL(_ q: ReviewQuery) -> (String, StatementArguments) {
        var clauses: [String] = []
        var args: [(any DatabaseValueConvertible)?] = []
        if let agents = q.agents {
            clauses.append("s.agent IN (\(agents.map { _ in "?" }.joined(separator: ",")))")
            args += agents.map(\.rawValue)
            if agents.isEmpty { clauses[clauses.count - 1] = "0" }
        }
        if let team = q.team {
            clauses.append("s.agent IN (SELECT code FROM people WHERE team = ?)")
            args.append(team)
        }
        if let v = q.service {
            clauses.append("s.service = ?")
            args.append(v.rawValue)
        }
        if let v = q.flow {
            clauses.append("s.flow = ?")
            args.append(v.rawValue)
        }
        if let v = q.disposition {
            clauses.append("s.disposition = ?")
            args.append(v)
        }
        if let v = q.from {
            clauses.append("s.started_at >= ?")
            args.append(StoredTime.milliseconds(v))
        }
        if let v = q.to {
            clauses.append("s.started_at < ?")
            args.append(StoredTime.milliseconds(v))
        }
        if let v = q.failed {
            clauses.append("instr(m.failed, ?) > 0")
            args.append("," + v.rawValue + ",")
        }
        if q.fatalOnly { clauses.append("m.fatal = 1") }
        if let v = q.holdOver {
            clauses.append("m.longest_hold_seconds > ?")
            args.append(v)
        }
        if let targets = q.ahtTargets {
            if targets.isEmpty {
                clauses.append("0")
            } else {
                let cases = targets.keys.sorted().map { _ in "WHEN ? THEN ?" }.joined(separator: " ")
                clauses.append("m.handling_seconds > (CASE s.flow \(cases) ELSE NULL END)")
                for flow in targets.keys.sorted() { args += [flow.rawValue, targets[flow]] }
            }
        }
        var sql = "SELECT \(reviewColumns) FROM sessions s LEFT JOIN session_summaries m ON m.session_id = s.id"
        if !clauses.isEmpty { sql += " WHERE " + clauses.joined(separator: " AND ") }
        sql += " ORDER BY s.started_at DESC, s.id DESC"
        if let limit = q.limit {
            sql += " LIMIT ?"
            args.append(max(0, limit))
        }
        return (sql, StatementArguments(args))
    }

    /// Appends a coaching note.
    @discardableResult public func addNote(_ note: ReviewNote) throws -> ReviewNote {
        var row = ReviewNoteRow(note)
        do {
            try writing("recording a coaching note") { try row.insert($0) }
        } catch let error where Self.isConstraint(error, .SQLITE_CONSTRAINT_FOREIGNKEY) {
            throw StoreError.notFound(what: "session", id: note.sessionID.rawValue)
        }
        return row.note()
    }

    /// Notes on one contact, oldest first.
    public func notes(session: SessionID) throws -> [ReviewNote] {
        let request = ReviewNoteRow.filter(Column("session_id") == session.rawValue).order(Column("id"))
        return try reading("reading coaching notes") { try request.fetchAll($0) }.map { $0.note() }
    }

    /// Notes written in `[from, to)`.
    public func notes(from: Date?, to: Date?) throws -> [ReviewNote] {
        var request = ReviewNoteRow.all()
        if let from { request = request.filter(Column("at") >= StoredTime.milliseconds(from)) }
        if let to { request = request.filter(Column("at") < StoredTime.milliseconds(to)) }
        let ordered = request.order(Column("at"), Column("id"))
        return try reading("reading coaching notes") { try ordered.fetchAll($0) }.map { $0.note() }
    }

    /// Appends a discipline record.
    @discardableResult public func addDiscipline(_ record: DisciplineRecord) throws -> DisciplineRecord {
        var row = DisciplineRow(record)
        do {
            try writing("recording a discipline entry") { try row.insert($0) }
        } catch let error where Self.isConstraint(error, .SQLITE_CONSTRAINT_FOREIGNKEY) {
            throw StoreError.notFound(what: "session", id: record.sessionID?.rawValue ?? "")
        }
        return row.record()
    }

    /// Discipline records, oldest first.
    public func disciplineRecords(agent: PersonCode?) throws -> [DisciplineRecord] {
        var request = DisciplineRow.all()
        if let agent { request = request.filter(Column("agent") == agent.rawValue) }
        let ordered = request.order(Column("at"), Column("id"))
        return try reading("reading discipline records") { try ordered.fetchAll($0) }.map { $0.record() }
    }

    /// Headers and summaries in one transaction, for benchmarks: two prepared statements, bound per row.
    public func seedSessions(_ sessions: [SessionRecord], summaries: [SessionSummary]) throws {
        try writing("seeding \(sessions.count) sessions") { db in
            let session = try db.makeStatement(
                sql: """
                    INSERT INTO sessions (id, agent, flow, service, channel, started_at, ended_at, status, disposition,
                    customer_zone) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
            for s in sessions {
                let r = SessionRow(s)
                try session.execute(arguments: [
                    r.id, r.agent, r.flow, r.service, r.channel, r.startedAt, r.endedAt, r.status, r.disposition,
                    r.customerZone,
                ])
            }
            let summary = try db.makeStatement(
                sql: """
                    INSERT INTO session_summaries (session_id, handling_seconds, hold_count, longest_hold_seconds, score,
                    fatal, overall, failed, standard, standard_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
            for s in summaries {
                let r = SessionSummaryRow(s)
                try summary.execute(arguments: [
                    r.sessionID, r.handlingSeconds, r.holdCount, r.longestHoldSeconds, r.score, r.fatal, r.overall,
                    r.failed, r.standard, r.standardVersion,
                ])
            }
        }
    }
}
