import Foundation
import GRDB
import PanduCore
import Testing

@testable import PanduStore

/// Batches prepared ahead (`QueueLogBatch`): the episodes worked out on the parse thread, with the calls that
/// began in an earlier batch rebuilt from the store and merged in, are stored exactly as the writer's own build
/// stores them: same episodes in the same order (ties between a rebuilt call and a new one included), same
/// tallies and call spans; a run on an empty store inserts its calls without the upsert and still widens spans.
@Suite struct AcdBatchTests {
    static let t0: Int64 = 1_795_222_800

    static func line(_ dt: Int64, _ rest: String) -> String { "\(t0 + dt)|\(rest)" }

    /// Three batches: c1 enters in the first and ends in the second at the same second c2 and c3 enter (c3 an
    /// orphan whose inferred entry ties with c1's), c4 is a new call entering at c1's second in the third batch
    /// while c2 ends there, and member lines interleave.
    static let batches: [[String]] = [
        [
            line(10, "c1|147|NONE|ENTERQUEUE||0811|1"),
            line(11, "NONE|147|Rina|PAUSE|Istirahat"),
            line(12, "c9|147|NONE|DID|147"),
            line(12, "c9|147|NONE|ENTERQUEUE||0819|2"),
        ],
        [
            line(10, "c2|147|NONE|ENTERQUEUE||0812|2"),
            line(20, "c1|147|Rina|CONNECT|10|m1|3"),
            line(30, "c3|147|Budi|CONNECT|20|m3|2"),
            line(10, "c5|108|NONE|ENTERQUEUE||0815|1"),
            line(40, "c1|147|Rina|COMPLETECALLER|10|20|1"),
            line(905, "NONE|147|Rina|UNPAUSE|"),
            line(910, "c9|147|NONE|ABANDON|1|2|898"),
        ],
        [
            line(10, "c4|147|NONE|ENTERQUEUE||0814|3"),
            line(50, "c2|147|Budi|CONNECT|40|m2|3"),
            line(60, "c2|147|Budi|COMPLETEAGENT|40|10|2"),
            line(45, "c3|147|Budi|COMPLETECALLER|20|15|1"),
            line(920, "c6|147|NONE|ENTERQUEUE||0816|1"),
        ],
    ]

    /// The store's episodes, 15-minute counts, call spans and line blocks after importing `batches` in turn.
    static func imported(ahead: Bool, session: Bool) throws -> [String] {
        try Fixtures.withStore { store in
            let run = session ? QueueLogImportSession() : nil
            for lines in batches {
                let records = QueueLogParser().parse(lines.joined(separator: "\n")).records
                _ = try store.importQueueLog(QueueLogBatch(records, withEpisodes: ahead), position: nil, session: run)
            }
            return try stored(store)
        }
    }

    /// What `imported` compares: the episodes, the 15-minute counts, the call spans and the line blocks.
    static func stored(_ store: SQLiteStore) throws -> [String] {
        let episodes = try store.episodes(from: 0, to: .max, queues: nil).map { "\($0)" }
        let counts = try store.slotCounts(
            from: t0, to: t0 + 1800, slotSeconds: 900, thresholds: [20], queues: nil, includeOrphans: true
        ).map { "\($0)" }
        let rows = try store.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT callid, first_s, last_s FROM acd_calls ORDER BY callid")
                .map { "\($0)" }
                + Row.fetchAll(db, sql: "SELECT bucket_s, kind, count, hex(body) FROM acd_line_blocks ORDER BY id")
                .map { "\($0)" }
        }
        return episodes + counts + rows
    }

    @Test func episodesWorkedOutAheadAreStoredAsTheWriterBuildsThem() throws {
        let built = try Self.imported(ahead: false, session: false)
        #expect(built.contains { $0.contains("c3") })
        #expect(try Self.imported(ahead: true, session: false) == built)
        #expect(try Self.imported(ahead: true, session: true) == built)
        #expect(try Self.imported(ahead: false, session: true) == built)
    }

    @Test func tiesBetweenARebuiltCallAndANewOneKeepTheBatchOrder() throws {
        try Fixtures.withStore { store in
            for lines in Self.batches {
                let records = QueueLogParser().parse(lines.joined(separator: "\n")).records
                _ = try store.importQueueLog(QueueLogBatch(records), position: nil, session: nil)
            }
            let at10 = try store.episodes(from: Self.t0 + 10, to: Self.t0 + 11, queues: nil).map(\.callID)
            // The second batch stored c2, c5 (new), c1 (rebuilt: after the new ones) and c3 (an orphan whose
            // CONNECT waited 20 s: inferred to 10, opened later); the third rebuilt c2 and c3, which follow the
            // bucket's kept episodes and the new c4.
            #expect(at10 == ["c5", "c1", "c4", "c2", "c3"])
        }
    }

    @Test func aBatchWithADuplicateFallsBackToTheWritersBuild() throws {
        try Fixtures.withStore { store in
            let first = QueueLogParser().parse(Self.batches[0].joined(separator: "\n")).records
            _ = try store.importQueueLog(QueueLogBatch(first), position: nil, session: nil)
            let again = first + QueueLogParser().parse(Self.batches[1].joined(separator: "\n")).records
            let result = try store.importQueueLog(QueueLogBatch(again), position: nil, session: nil)
            #expect(result.duplicates == first.count)
            let all = try store.episodes(from: 0, to: .max, queues: nil)
            #expect(all.filter { $0.callID == "c1" }.count == 1)
            #expect(all.first { $0.callID == "c1" }?.exit == .completedByCaller)
        }
    }
}
