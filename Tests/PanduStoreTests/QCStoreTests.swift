import Foundation
import GRDB
import PanduCore
import Testing

@testable import PanduStore

/// The QC tables: history kept append-only and hash-chained, disputes atomic with their evaluation, samples
/// drawn once, and the review filters in SQL.
@Suite struct QCStoreTests {
    func evaluation(_ session: String, score: Double = 80) -> QCEvaluation {
        QCEvaluation(
            sessionID: SessionID(session), agent: "1001", standard: "DRAFT-147-T1", standardVersion: "draft-0.1",
            evaluator: "3001",
            items: [
                EvaluationItem(parameter: "147-O1", name: "Salam", auto: .pass, verdict: .pass),
                EvaluationItem(parameter: "147-C2", name: "Penutup", auto: .pass, verdict: .fail, comment: "kurang"),
            ], score: score, contactAt: Fixtures.at(0), createdAt: Fixtures.at(60))
    }

    @Test func historyIsChainedAndARewriteIsFound() throws {
        try Fixtures.withStore { store in
            try store.addPerson(Fixtures.person("1001"))
            try store.createSession(Fixtures.session("S1", status: .closed))
            var e = try store.createEvaluation(evaluation("S1"), action: "submitted", detail: "")
            e.status = .released
            e.releasedAt = Fixtures.at(120)
            try store.updateEvaluation(
                e, entry: .after("released", of: e, by: "3001", at: Fixtures.at(120), detail: ""))
            let history = try store.history(evaluation: e.id)
            #expect(history.map(\.action) == ["submitted", "released"])
            #expect(history[1].previousHash == history[0].hash)
            #expect(try store.auditQC().problems.isEmpty)
            // The table refuses changes outright …
            #expect(throws: (any Error).self) {
                try store.pool.write { try $0.execute(sql: "UPDATE qc_history SET score = 100 WHERE seq = 1") }
            }
            #expect(throws: (any Error).self) {
                try store.pool.write { try $0.execute(sql: "DELETE FROM qc_history WHERE seq = 2") }
            }
            // … and an evaluation changed behind Pandu's back no longer matches its history.
            try store.pool.write { try $0.execute(sql: "UPDATE qc_evaluations SET score = 100") }
            let audit = try store.auditQC()
            #expect(audit.problems == ["evaluation \(e.id) differs from its last history line 2"])
            // With the triggers dropped, a rewritten line breaks the chain.
            try store.pool.write { db in
                try db.execute(sql: "DROP TRIGGER qc_history_no_update")
                try db.execute(sql: "UPDATE qc_history SET detail = 'x' WHERE seq = 1")
            }
            #expect(try store.auditQC().problems.contains("history line 1 was changed after it was written"))
        }
    }

    @Test func aSampleIsRecordedOnceAndAFailedBatchWritesNothing() throws {
        try Fixtures.withStore { store in
            try store.createSession(Fixtures.session("S1", status: .closed))
            try store.createSession(Fixtures.session("S2", status: .closed))
            let s1 = QCSample(
                sessionID: "S1", purpose: "qc", agent: "1001", drawnBy: "3001", drawnAt: Fixtures.at(0), seed: "x")
            try store.recordSamples([s1])
            var s2 = s1
            s2.sessionID = "S2"
            #expect(throws: StoreError.self) { try store.recordSamples([s2, s1]) }
            #expect(try store.sampledSessions(purpose: "qc") == ["S1"])
            var monitoring = s1
            monitoring.purpose = "monitoring"
            try store.recordSamples([monitoring])
            #expect(try store.sampledSessions(purpose: "monitoring") == ["S1"])
        }
    }

    @Test func reviewFiltersRunInSQL() throws {
        try Fixtures.withStore { store in
            try store.addPerson(Fixtures.person("1001"))
            try store.createSession(Fixtures.session("S1", at: 0, flow: "108", service: .line108, status: .closed))
            try store.createSession(Fixtures.session("S2", at: 60, status: .closed))
            try store.createSession(Fixtures.session("S3", at: 120))
            try store.saveSummaries([
                SessionSummary(sessionID: "S1", handlingSeconds: 100, longestHoldSeconds: 0, failed: ["108-O1"]),
                SessionSummary(sessionID: "S2", handlingSeconds: 200, longestHoldSeconds: 150, fatal: true),
            ])
            func ids(_ q: ReviewQuery) throws -> [String] { try store.reviewSessions(q).map(\.session.id.rawValue) }
            #expect(try ids(ReviewQuery()) == ["S3", "S2", "S1"])
            #expect(try store.sessionsWithoutSummary(limit: 10).isEmpty, "an open contact waits for its close")
            #expect(try ids(ReviewQuery(failed: "108-O1")) == ["S1"])
            #expect(try ids(ReviewQuery(failed: "108-O")).isEmpty, "a parameter matches whole, not as a prefix")
            #expect(try ids(ReviewQuery(fatalOnly: true)) == ["S2"])
            #expect(try ids(ReviewQuery(holdOver: 120)) == ["S2"])
            // 108 over 90 s; 147-complaint has no target here, so S2 never matches.
            #expect(try ids(ReviewQuery(ahtTargets: ["108": 90])) == ["S1"])
            #expect(try ids(ReviewQuery(team: "T1-A", service: .line108)) == ["S1"])
            #expect(try ids(ReviewQuery(agents: [])).isEmpty)
            #expect(try store.reviewSessions(ReviewQuery()).first?.summary == nil)
        }
    }
}
