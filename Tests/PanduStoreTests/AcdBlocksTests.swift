import Foundation
import GRDB
import PanduCore
import Testing

@testable import PanduStore

/// Migration "v4-acd-blocks" and the block storage: lines and episodes either side of a bucket boundary, parts
/// filled and rolled over, duplicates across blocks and imports, calls straddling two imports (also an orphan
/// whose inferred entry lies in an earlier bucket), and a store of the v3 row layout upgraded in place.
@Suite struct AcdBlocksTests {
    static func records(_ text: String) -> [QueueLogRecord] { QueueLogParser().parse(text).records }

    /// 1795222800 is a bucket start (a multiple of 900).
    static let t0: Int64 = 1_795_222_800

    static func line(_ dt: Int64, _ rest: String) -> String { "\(t0 + dt)|\(rest)" }

    static func blockRows(_ store: SQLiteStore) throws -> [String] {
        try store.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT bucket_s, kind, count FROM acd_line_blocks ORDER BY bucket_s, kind, id")
                .map { "\($0[0] as Int64 - t0) \($0[1] as Int64) \($0[2] as Int64)" }
        }
    }

    @Test func linesAndEpisodesEitherSideOfABucketBoundary() throws {
        try Fixtures.withStore { store in
            let log = [
                Self.line(890, "c1|147|NONE|ENTERQUEUE||0811|1"),
                Self.line(899, "NONE|147|Rina|PAUSE|Istirahat"),
                Self.line(900, "NONE|147|Rina|UNPAUSE|"),
                Self.line(905, "c1|147|Rina|CONNECT|15|m1|3"),
                Self.line(901, "c2|147|NONE|ENTERQUEUE||0812|1"),
                Self.line(1000, "c1|147|Rina|COMPLETECALLER|15|95|1"),
            ].joined(separator: "\n")
            let result = try store.importQueueLog(Self.records(log), position: nil)
            #expect(result.inserted == 6)
            #expect(try Self.blockRows(store) == ["0 0 1", "0 1 1", "900 0 3", "900 1 1"])
            let all = try store.episodes(from: 0, to: .max, queues: nil)
            #expect(all == EpisodeBuilder.episodes(from: Self.records(log)))
            #expect(try store.episodes(from: Self.t0 + 891, to: Self.t0 + 902, queues: nil).map(\.callID) == ["c2"])
            #expect(try store.episodes(from: Self.t0, to: Self.t0 + 901, queues: ["108"]).isEmpty)
            let members = try store.memberRecords(from: Self.t0 + 899, to: Self.t0 + 901)
            #expect(members.map(\.event) == ["PAUSE", "UNPAUSE"])
            #expect(members.first?.params == ["Istirahat"])
            #expect(try store.memberRecords(from: Self.t0 + 900, to: Self.t0 + 901).map(\.event) == ["UNPAUSE"])
        }
    }

    @Test func duplicatesAcrossPartsAndImportsAreStoredOnce() throws {
        try Fixtures.withStore { store in
            // 2,500 member lines in one bucket, 100 per import: the first part grows to 2,048 lines by appends,
            // then a second part begins.
            let lines = (0..<2_500).map { Self.line(Int64($0 % 900), "NONE|147|a\($0)|PAUSE|r") }
            for start in stride(from: 0, to: lines.count, by: 100) {
                let batch = lines[start..<min(start + 100, lines.count)].joined(separator: "\n")
                #expect(try store.importQueueLog(Self.records(batch), position: nil).inserted == 100)
            }
            let rows = try Self.blockRows(store)
            #expect(rows == ["0 1 2100", "0 1 400"])
            let again = try store.importQueueLog(Self.records(lines.joined(separator: "\n")), position: nil)
            #expect(again.inserted == 0)
            #expect(again.duplicates == 2_500)
            // A batch repeating a line within itself and one stored line: each stored once.
            let mixed = [lines[7], Self.line(5, "NONE|147|new|PAUSE|r"), Self.line(5, "NONE|147|new|PAUSE|r")]
            let r = try store.importQueueLog(Self.records(mixed.joined(separator: "\n")), position: nil)
            #expect(r.inserted == 1)
            #expect(r.duplicates == 2)
            #expect(try store.memberRecords(from: 0, to: .max).count == 2_501)
        }
    }

    @Test func linesInterleavingBucketsAreEachStoredOnce() throws {
        try Fixtures.withStore { store in
            // Agent lines alternating between two buckets, each line twice, and one of them stored before.
            let a = (0..<6).map { Self.line(Int64($0), "NONE|147|a\($0)|PAUSE|r") }
            let b = (0..<6).map { Self.line(900 + Int64($0), "NONE|147|b\($0)|PAUSE|r") }
            _ = try store.importQueueLog(Self.records(a[2]), position: nil)
            let lines = zip(a, b).flatMap { [$0, $1] }
            let r = try store.importQueueLog(Self.records((lines + lines).joined(separator: "\n")), position: nil)
            #expect(r.inserted == 11)
            #expect(r.duplicates == 13)
            // The new lines of bucket 0 are appended to the part the earlier import began.
            #expect(try Self.blockRows(store) == ["0 1 6", "900 1 6"])
            let members = try store.memberRecords(from: 0, to: .max)
            #expect(members.map(\.agent) == ["a0", "a1", "a2", "a3", "a4", "a5", "b0", "b1", "b2", "b3", "b4", "b5"])
        }
    }

    @Test func aCallStraddlingTwoImportsIsRebuiltWhole() throws {
        try Fixtures.withStore { store in
            let first = [Self.line(10, "c1|147|NONE|ENTERQUEUE||0811|1"), Self.line(20, "c1|147|Rina|CONNECT|10|m|2")]
            let second = [Self.line(1_900, "c1|147|Rina|COMPLETEAGENT|10|1880|1")]
            _ = try store.importQueueLog(Self.records(first.joined(separator: "\n")), position: nil)
            let r = try store.importQueueLog(Self.records(second.joined(separator: "\n")), position: nil)
            #expect(r.callsRebuilt == 1)
            let episodes = try store.episodes(from: 0, to: .max, queues: nil)
            #expect(episodes == EpisodeBuilder.episodes(from: Self.records((first + second).joined(separator: "\n"))))
            #expect(episodes.first?.talkSeconds == 1_880)
            let slots = try store.slotCounts(
                from: Self.t0, to: Self.t0 + 900, slotSeconds: 900, thresholds: [20], queues: nil,
                includeOrphans: false)
            #expect(slots.map(\.counts.offered) == [1])
            #expect(slots.map(\.counts.completed) == [1])
            #expect(slots.map(\.counts.open) == [0])
        }
    }

    @Test func anOrphanInferredIntoAnEarlierBucketIsReplacedNotDoubled() throws {
        try Fixtures.withStore { store in
            // CONNECT 5 s into a bucket with 60 s of hold: the orphan's entry is inferred in the bucket before.
            let first = Self.line(905, "o1|147|Rina|CONNECT|60|m|3")
            let second = Self.line(1_000, "o1|147|Rina|COMPLETECALLER|60|95|1")
            _ = try store.importQueueLog(Self.records(first), position: nil)
            #expect(try store.episodes(from: 0, to: .max, queues: nil).map(\.enteredAt) == [Self.t0 + 845])
            _ = try store.importQueueLog(Self.records(second), position: nil)
            let episodes = try store.episodes(from: 0, to: .max, queues: nil)
            #expect(episodes == EpisodeBuilder.episodes(from: Self.records(first + "\n" + second)))
            #expect(episodes.count == 1)
            let slots = try store.slotCounts(
                from: 0, to: Self.t0 + 1_800, slotSeconds: 900, thresholds: [20], queues: nil, includeOrphans: true)
            #expect(slots.map(\.counts.offered) == [1])
        }
    }

    @Test func anySlotLengthAddsUpLikeTheTallies() throws {
        try Fixtures.withStore { store in
            let log = (0..<40).map { k -> String in
                let t = Int64(k) * 97
                return [
                    Self.line(t, "k\(k)|\(k % 3 == 0 ? "108" : "147")|NONE|ENTERQUEUE||08\(k)|1"),
                    Self.line(t + Int64(k % 7) * 5, "k\(k)|147|Rina|CONNECT|\(k % 7 * 5)|m|2"),
                    Self.line(t + 200, "k\(k)|147|Rina|COMPLETECALLER|\(k % 7 * 5)|190|1"),
                ].joined(separator: "\n")
            }.joined(separator: "\n")
            _ = try store.importQueueLog(Self.records(log), position: nil)
            let tallies = try store.slotCounts(
                from: Self.t0, to: Self.t0 + 3_600, slotSeconds: 900, thresholds: [5, 20], queues: nil,
                includeOrphans: false)
            // One second short of the slot grid: counted from the episodes, same figures.
            let counted = try store.slotCounts(
                from: Self.t0, to: Self.t0 + 3_599, slotSeconds: 900, thresholds: [5, 20], queues: nil,
                includeOrphans: false)
            #expect(counted == tallies)
            let hourly = try store.slotCounts(
                from: Self.t0, to: Self.t0 + 3_600, slotSeconds: 3_600, thresholds: [5, 20], queues: nil,
                includeOrphans: false)
            #expect(hourly.map(\.counts.offered).reduce(0, +) == 38)
            #expect(hourly.map(\.queue) == ["108", "147"])
        }
    }
}

/// A store of the v3 row layout (a line and an episode per row) upgraded by "v4-acd-blocks".
@Suite struct AcdBlocksUpgradeTests {
    static let log = """
        1795222700|NONE|NONE|NONE|QUEUESTART|
        1795222790|MANAGER|147|SIP/1001|ADDMEMBER|
        1795222790|NONE|147|Rina|UNPAUSE|
        1795222800|c1|147|NONE|ENTERQUEUE||0811|1
        1795222812|c1|147|Rina|CONNECT|12|m1|4
        1795223000|c1|147|Rina|COMPLETECALLER|12|188|1
        1795223700|o1|108|Rina|CONNECT|60|m2|3
        1795223710|c2|147|NONE|ENTERQUEUE||0812|1
        1795223800|NONE|147|Rina|PAUSE|Istirahat|x|y
        """

    static let columns = [
        "callid", "queue", "entered_s", "has_enter", "caller_id", "did", "connected_s", "member", "wait_s",
        "ring_s", "talk_s", "ended_s", "exit", "exit_key", "transfer_target", "superseded_s", "ring_no_answers",
        "ring_cancels", "late_events", "original_position", "exit_position",
    ]

    static func values(_ e: Episode) -> [(any DatabaseValueConvertible)?] {
        [
            e.callID, e.queue, e.enteredAt, e.hasEnterQueue ? 1 : 0, e.callerID, e.did, e.connectedAt, e.member,
            e.waitSeconds, e.ringSeconds, e.talkSeconds, e.endedAt, e.exit?.rawValue, e.exitKey, e.transferTarget,
            e.supersededAt, e.ringNoAnswers, e.ringCancels, e.lateEvents, e.originalPosition, e.exitPosition,
        ]
    }

    /// Writes the v3 rows of `records` as the v3 importer stored them.
    static func writeV3(_ records: [QueueLogRecord], _ db: Database) throws {
        for (i, r) in records.enumerated() {
            try db.execute(
                sql: "INSERT INTO acd_lines (epoch_s, hash, seq, usec, callid, queue, agent, event, params) "
                    + "VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?)",
                arguments: [
                    r.epoch, Int64(bitPattern: r.contentKey.low), i + 1, r.callID, r.queue, r.agent, r.event,
                    r.params.joined(separator: "|"),
                ])
        }
        try db.execute(sql: "UPDATE acd_line_seq SET next = ?", arguments: [records.count + 1])
        try db.execute(
            sql: "INSERT INTO acd_calls (callid, first_s, last_s) SELECT callid, MIN(epoch_s), MAX(epoch_s) "
                + "FROM acd_lines WHERE event IN (\(StoreSchema.callEventList)) GROUP BY callid")
        var delta = SlotTallyDelta()
        let marks = Array(repeating: "?", count: columns.count).joined(separator: ", ")
        for e in EpisodeBuilder.episodes(from: records) {
            try db.execute(
                sql: "INSERT INTO acd_episodes (\(columns.joined(separator: ", "))) VALUES (\(marks))",
                arguments: StatementArguments(values(e)))
            delta.add(e, sign: 1)
        }
        for (key, tally) in delta.changes {
            try db.execute(
                sql: "INSERT INTO acd_slot_counts (slot_s, queue, orphan, tally) VALUES (?, ?, ?, ?)",
                arguments: [key.slot, key.queue, key.orphan ? 1 : 0, tally.text])
        }
    }

    @Test func v3RowsAreConvertedAndGiveTheSameFigures() throws {
        try Fixtures.withFolder { folder in
            let path = folder.appendingPathComponent("pandu.sqlite").path
            let records = AcdBlocksTests.records(Self.log)
            let old = try DatabaseQueue(path: path)
            try StoreSchema.migrator.migrate(old, upTo: "v3-acd-fast")
            try old.write { try Self.writeV3(records, $0) }
            try old.close()
            let store = try SQLiteStore(path: path, clock: ManualClock(Fixtures.start))
            try store.migrate()
            #expect(try store.episodes(from: 0, to: .max, queues: nil) == EpisodeBuilder.episodes(from: records))
            let members = try store.memberRecords(from: 0, to: .max)
            #expect(members == records.filter { AcdBuckets.kind($0) == AcdBuckets.memberKind })
            #expect(members.last?.params == ["Istirahat", "x", "y"])
            let tables = try store.pool.read { db in
                try String.fetchAll(
                    db, sql: "SELECT name FROM sqlite_master WHERE name IN ('acd_lines', 'acd_episodes')")
            }
            #expect(tables.isEmpty)
            // The orphan's span now covers its inferred entry (60 s before its first line).
            let span = try store.pool.read { db in
                try Int64.fetchOne(db, sql: "SELECT first_s FROM acd_calls WHERE callid = 'o1'")
            }
            #expect(span == 1_795_223_640)
            #expect(try store.importQueueLog(records, position: nil).inserted == 0)
            // Later lines rebuild calls begun in the v3 rows, with the line counter carried on.
            let more = AcdBlocksTests.records(
                "1795223790|o1|108|Rina|COMPLETEAGENT|60|90|1\n1795223760|c2|147|NONE|ABANDON|1|1|50")
            let r = try store.importQueueLog(more, position: nil)
            #expect(r.inserted == 2)
            #expect(r.callsRebuilt == 2)
            let all = try store.episodes(from: 0, to: .max, queues: nil)
            #expect(Set(all) == Set(EpisodeBuilder.episodes(from: records + more)))
            #expect(all.count == 3)
            let slots = try store.slotCounts(
                from: 1_795_222_800, to: 1_795_224_600, slotSeconds: 900, thresholds: [20], queues: nil,
                includeOrphans: true)
            #expect(slots.map(\.counts.offered).reduce(0, +) == 3)
            #expect(slots.map(\.counts.open).reduce(0, +) == 0)
        }
    }
}
