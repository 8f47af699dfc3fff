import Foundation
import GRDB
import PanduCore
import Testing

@testable import PanduStore

/// Migration "v3-acd-fast" and the import's call spans: a store of the v2 layout gets one `acd_calls` row per
/// call (call lines only) and loses the per-line callid index, and a call whose older lines were stored before
/// the migration is still rebuilt from all of its lines. Slot tallies read back exactly from their text.
@Suite struct AcdFastTests {
    @Test func v2LinesGetCallSpansAndLaterLinesRebuildTheWholeCall() throws {
        try Fixtures.withFolder { folder in
            let path = folder.appendingPathComponent("pandu.sqlite").path
            let old = try DatabaseQueue(path: path)
            try StoreSchema.migrator.migrate(old, upTo: "v2-monitoring")
            try old.write { db in
                let rows: [(Int64, Int64, String, String, String, String)] = [
                    (1_795_222_800, 11, "c1", "NONE", "ENTERQUEUE", "|0811|1"),
                    (1_795_222_812, 12, "c1", "Sathish", "CONNECT", "12|m1|4"),
                    (1_795_222_830, 13, "NONE", "Sathish", "PAUSE", "Istirahat"),
                ]
                for (seq, r) in rows.enumerated() {
                    try db.execute(
                        sql: "INSERT INTO acd_lines (epoch_s, hash, seq, usec, callid, queue, agent, event, params) "
                            + "VALUES (?, ?, ?, 0, ?, '147', ?, ?, ?)",
                        arguments: [r.0, r.1, seq + 1, r.2, r.3, r.4, r.5])
                }
                try db.execute(sql: "UPDATE acd_line_seq SET next = 4")
            }
            try old.close()
            let store = try SQLiteStore(path: path, clock: ManualClock(Fixtures.start))
            try store.migrate()
            let spans = try store.pool.read { db in
                try Row.fetchAll(db, sql: "SELECT callid, first_s, last_s FROM acd_calls ORDER BY callid")
                    .map { "\($0["callid"] as String) \($0["first_s"] as Int64) \($0["last_s"] as Int64)" }
            }
            #expect(spans == ["c1 1795222800 1795222812"])
            let indexes = try store.pool.read { db in
                try String.fetchAll(
                    db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'acd_lines_callid'")
            }
            #expect(indexes.isEmpty)
            let end = QueueLogParser().parse("1795223000|c1|147|Sathish|COMPLETECALLER|12|188|1").records
            let result = try store.importQueueLog(end, position: nil)
            #expect(result.inserted == 1)
            let episodes = try store.episodes(from: 0, to: .max, queues: nil)
            #expect(episodes.count == 1)
            #expect(episodes.first?.hasEnterQueue == true)
            #expect(episodes.first?.connectedAt == 1_795_222_812)
            #expect(episodes.first?.endedAt == 1_795_223_000)
            #expect(episodes.first?.talkSeconds == 188)
            let widened = try store.pool.read { db in
                try Int64.fetchOne(db, sql: "SELECT last_s FROM acd_calls WHERE callid = 'c1'")
            }
            #expect(widened == 1_795_223_000)
        }
    }

    @Test func slotTallyTextRoundTrips() throws {
        var tally = SlotTally()
        var e = Episode(callID: "c1", queue: "147", enteredAt: 0)
        e.waitSeconds = -2
        e.connectedAt = 0
        e.endedAt = 90
        e.talkSeconds = 90
        e.exit = .completedByCaller
        tally.add(e, sign: 1)
        var a = Episode(callID: "c2", queue: "147", enteredAt: 0)
        a.waitSeconds = 31
        a.endedAt = 31
        a.exit = .abandon
        tally.add(a, sign: 1)
        tally.add(a, sign: 1)
        #expect(SlotTally(text: tally.text) == tally)
        #expect(SlotTally(text: SlotTally().text) == SlotTally())
        #expect(tally.text.hasSuffix(";-2:1;31:2"))
        #expect(SlotTally(text: "1,2,3") == nil)
        #expect(SlotTally(text: Array(repeating: "0", count: 17).joined(separator: ",") + ";x:1;") == nil)
    }

    static let calls = """
        1795222800|c1|147|NONE|ENTERQUEUE||0811|1
        1795222812|c1|147|Sathish|CONNECT|12|m1|4
        1795222810|c2|147|NONE|ENTERQUEUE||0812|2
        1795222813|c2|147|NONE|ABANDON|1|2|3
        1795223000|c1|147|Sathish|COMPLETECALLER|12|188|1
        1795223100|NONE|147|Sathish|PAUSE|Istirahat
        """

    static func records(_ text: String) -> [QueueLogRecord] { QueueLogParser().parse(text).records }

    /// One run on an empty store: lines repeated from an earlier batch of the run are duplicates (found in the
    /// stored keys of their buckets), and the episodes equal a direct build.
    @Test func aRunOnAnEmptyStoreDedupsInMemory() throws {
        try Fixtures.withStore { store in
            let all = Self.records(Self.calls)
            let session = QueueLogImportSession()
            let first = try store.importQueueLog(Array(all[0..<3]), position: nil, session: session)
            #expect(first.inserted == 3)
            let second = try store.importQueueLog(all, position: nil, session: session)
            #expect(second.inserted == 3)
            #expect(second.duplicates == 3)
            let stored = try store.episodes(from: 0, to: .max, queues: nil)
            #expect(Set(stored) == Set(EpisodeBuilder.episodes(from: all)))
            let again = try store.importQueueLog(all, position: nil, session: QueueLogImportSession())
            #expect(again.inserted == 0)
        }
    }

    /// When another writer stores lines between two batches of a run, nothing is stored twice and nothing
    /// fails: every batch checks the keys stored in its buckets.
    @Test func anotherWriterEndsTheInMemoryDedup() throws {
        try Fixtures.withStore { store in
            let all = Self.records(Self.calls)
            let session = QueueLogImportSession()
            _ = try store.importQueueLog(Array(all[0..<2]), position: nil, session: session)
            _ = try store.importQueueLog(Array(all[2..<4]), position: nil, session: nil)
            let mine = try store.importQueueLog(all, position: nil, session: session)
            #expect(mine.inserted == 2)
            #expect(mine.duplicates == 4)
            let stored = try store.episodes(from: 0, to: .max, queues: nil)
            #expect(Set(stored) == Set(EpisodeBuilder.episodes(from: all)))
        }
    }
}
