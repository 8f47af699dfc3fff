import Foundation
import GRDB
import PanduCore
import Testing

@testable import PanduStore

@Suite("SQLiteStore: purge past retention")
struct RetentionStoreTests {
    func audit(_ report: PurgeReport) -> HandlingEvent {
        HandlingEvent(actor: "9000", at: Fixtures.at(0), type: .audit, data: ["action": "purge"])
    }

    @Test func settledFollowUpsGoOpenOnesKeepTheirContactAndApprovedCorrectionsStay() throws {
        try Fixtures.withStore { store throws in
            try store.addPerson(Fixtures.person("1001"))
            let old = Fixtures.at(-3 * 365 * 86_400)
            for id in ["S-old-1", "S-old-2"] {
                var s = Fixtures.session(id, at: -3 * 365 * 86_400, status: .closed, disposition: "info-given")
                s.endedAt = old.addingTimeInterval(300)
                try store.createSession(s)
            }
            try store.pool.write { db in
                // An open callback on S-old-2 keeps it; approved and rejected corrections from S-old-1.
                let t = StoredTime.milliseconds(old)
                try db.execute(
                    sql: """
                        INSERT INTO callbacks (session_id, number, reason, zone, priority, priority_rank, status,
                          created_by, created_at, due_at) VALUES ('S-old-2', '0812', 'x', 'WIB', 'normal', 1, 'open',
                          '1001', \(t), \(t))
                        """)
                for status in ["approved", "rejected"] {
                    try db.execute(
                        sql: """
                            INSERT INTO directory_corrections (entry_id, field, old_value, new_value, reason,
                              proposed_by, proposed_at, session_id, status, decided_at)
                            VALUES ('D1', 'number', '1', '2', 'x', '1001', \(t), 'S-old-1', '\(status)', \(t))
                            """)
                }
            }
            let cutoff = Fixtures.at(-2 * 365 * 86_400)
            let report = try store.purge(before: cutoff, by: "9000", dryRun: false, audit: audit)
            #expect(report.removed["directory_corrections"] == 1, "the rejected one")
            #expect(report.removed["sessions"] == nil, "the approved correction still refers to S-old-1")
            #expect(report.keptContacts == 2)
            #expect(try store.session("S-old-2") != nil)
            let statuses = try store.pool.read {
                try String.fetchAll($0, sql: "SELECT status FROM directory_corrections")
            }
            #expect(statuses == ["approved"])
        }
    }

    @Test func aDryRunRemovesNothingAndWritesNoAuditEvent() throws {
        try Fixtures.withStore { store throws in
            try store.addPerson(Fixtures.person("1001"))
            var s = Fixtures.session("S-old", at: -3 * 365 * 86_400, status: .closed, disposition: "info-given")
            s.endedAt = Fixtures.at(-3 * 365 * 86_400 + 60)
            try store.createSession(s)
            let cutoff = Fixtures.at(-2 * 365 * 86_400)
            let dry = try store.purge(before: cutoff, by: "9000", dryRun: true, audit: audit)
            #expect(dry.removed["sessions"] == 1)
            #expect(try store.session("S-old") != nil)
            #expect(try store.events(actor: nil, types: [.audit], from: Fixtures.at(-1), to: Fixtures.at(1)).isEmpty)
            let real = try store.purge(before: cutoff, by: "9000", dryRun: false, audit: audit)
            #expect(real == dry)
            #expect(try store.session("S-old") == nil)
            #expect(try store.events(actor: nil, types: [.audit], from: Fixtures.at(-1), to: Fixtures.at(1)).count == 1)
        }
    }

    @Test func afterAPurgeThatTookTheWholeChainNewLinesFollowItsCheckpoint() throws {
        try Fixtures.withStore { store throws in
            func evaluation(at seconds: Double) -> QCEvaluation {
                QCEvaluation(
                    sessionID: nil, transcriptID: "T\(seconds)", agent: "1001", standard: "DRAFT-147-T1",
                    standardVersion: "1", evaluator: "3001", items: [], contactAt: Fixtures.at(seconds),
                    createdAt: Fixtures.at(seconds))
            }
            try store.seedEvaluations(
                [evaluation(at: -3 * 365 * 86_400), evaluation(at: -3 * 365 * 86_400 + 60)], actor: "3001")
            let report = try store.purge(
                before: Fixtures.at(-2 * 365 * 86_400), by: "9000", dryRun: false, audit: audit)
            #expect(report.removed["qc_history"] == 2)
            #expect(report.checkpoint?.seq == 2)
            #expect(try store.auditQC().problems.isEmpty)
            try store.seedEvaluations([evaluation(at: 0)], actor: "3001")
            let audit = try store.auditQC()
            #expect(audit.problems.isEmpty, "\(audit.problems)")
            #expect(audit.entries == 1)
            #expect(try store.history(evaluation: 3).map(\.seq) == [3])
        }
    }
}
