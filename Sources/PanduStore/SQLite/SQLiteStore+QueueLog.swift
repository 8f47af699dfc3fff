import Foundation
import GRDB
import PanduCore

/// ACD queue_log lines, the episodes rebuilt from them, and file positions for `--follow`.
extension SQLiteStore {
    /// Stores new records, rebuilds touched episodes and saves the position, in one transaction.
    public func importQueueLog(
        _ records: [QueueLogRecord], position: ImportPosition?, session: QueueLogImportSession?
    ) throws -> QueueLogImportResult {
        let ahead = session?.lastBatchAllNew != false
        return try importQueueLog(QueueLogBatch(records, withEpisodes: ahead), position: position, session: session)
    }

    /// Stores a batch prepared ahead, rebuilds touched episodes and saves the position, in one transaction.
    public func importQueueLog(
        _ batch: QueueLogBatch, position: ImportPosition?, session: QueueLogImportSession?
    ) throws -> QueueLogImportResult {
        try writing("importing \(batch.records.count) queue_log line(s)") { db in
            // A bulk import may touch millions of index pages; a bigger page cache for this connection
            // keeps them in memory (negative = KiB).
            try db.execute(sql: "PRAGMA cache_size = -262144")
            let result = try QueueLogWriter(db).write(batch, session: session)
            if let position { try Self.save(position, db, now: clock.now()) }
            return result
        }
    }

    /// Where an import of `path` stopped.
    public func importPosition(path: String) throws -> ImportPosition? {
        try reading("reading the import position of \(path)") { db in
            try Row.fetchOne(db, sql: "SELECT * FROM acd_positions WHERE path = ?", arguments: [path]).map { row in
                ImportPosition(
                    path: row["path"], device: UInt64(bitPattern: row["device"]),
                    inode: UInt64(bitPattern: row["inode"]), offset: row["offset"], lines: row["lines"])
            }
        }
    }

    static func save(_ p: ImportPosition, _ db: Database, now: Date) throws {
        try db.execute(
            sql: "INSERT OR REPLACE INTO acd_positions (path, device, inode, offset, lines, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [
                p.path, Int64(bitPattern: p.device), Int64(bitPattern: p.inode), p.offset, p.lines,
                StoredTime.milliseconds(now),
            ])
    }

    /// Episodes entered in `[from, to)`, by entry time.
    public func episodes(from: Int64, to: Int64, queues: Set<String>?) throws -> [Episode] {
        try reading("reading call episodes") { db in
            try QueueLogEpisodeBlocks(db).episodes(from: from, to: to, queues: queues)
        }
    }

    /// Agent-side records in `[from, to)`, in time order (file order within a second).
    public func memberRecords(from: Int64, to: Int64) throws -> [QueueLogRecord] {
        guard from < to else { return [] }
        return try reading("reading agent queue_log lines") { db in
            let lines = try QueueLogLineBlocks(db).lines(
                fromBucket: AcdBuckets.bucket(max(from, Int64.min / 2)), toBucket: AcdBuckets.bucket(to - 1),
                kind: AcdBuckets.memberKind
            ) { $0.epoch >= from && $0.epoch < to }
            return lines.sorted {
                ($0.record.epoch, $0.record.microseconds, $0.seq) < ($1.record.epoch, $1.record.microseconds, $1.seq)
            }.map(\.record)
        }
    }

    /// Queue names seen in episodes. Read from the slot tallies: every stored episode counts in its queue's
    /// tally and a tally row goes when it counts nothing, so the queues are the same as scanning a month's
    /// million episodes (which made each floor report cost a second).
    public func queueNames() throws -> [String] {
        try reading("listing queues") {
            try String.fetchAll($0, sql: "SELECT DISTINCT queue FROM acd_slot_counts ORDER BY queue")
        }
    }

    /// KPI counts per queue and slot: from the tallies kept at import for whole 15-minute slots, else added up
    /// from the episodes.
    public func slotCounts(
        from: Int64, to: Int64, slotSeconds: Int, thresholds: [Int], queues: Set<String>?,
        includeOrphans: Bool
    ) throws -> [SlotCounts] {
        let slot = SlotTallyDelta.slotSeconds
        if Int64(slotSeconds) == slot, from % slot == 0, to % slot == 0 {
            return try tallies(
                from: from, to: to, thresholds: thresholds, queues: queues, includeOrphans: includeOrphans)
        }
        let episodes = try episodes(from: from, to: to, queues: queues)
        return EpisodeSlotCounts.counts(
            episodes, slotSeconds: Int64(slotSeconds), thresholds: thresholds, includeOrphans: includeOrphans)
    }

    /// Slot counts from the tallies kept at import: whole 15-minute slots only.
    func tallies(from: Int64, to: Int64, thresholds: [Int], queues: Set<String>?, includeOrphans: Bool) throws
        -> [SlotCounts]
    {
        try reading("reading KPI slot counts") { db in
            let s = try RawStatement(
                db,
                "SELECT queue, slot_s, orphan, tally FROM acd_slot_counts WHERE slot_s >= ? AND slot_s < ? "
                    + "ORDER BY slot_s, queue, orphan")
            s.bind(1, from)
            s.bind(2, to)
            var out: [SlotCounts] = []
            while try s.step(db) {
                let queue = s.text(0)
                guard queues?.contains(queue) ?? true, let tally = SlotTally(text: s.text(3)) else { continue }
                let slot = s.int(1)
                let orphan = s.int(2) != 0
                var counts = tally.counts(thresholds: thresholds)
                if orphan && !includeOrphans {
                    let skipped = counts.offered
                    counts = KPICounts(thresholds: thresholds)
                    counts.orphansSkipped = skipped
                }
                if let last = out.last, last.queue == queue, last.start == slot {
                    out[out.count - 1].counts.merge(counts)
                } else {
                    out.append(SlotCounts(queue: queue, start: slot, counts: counts))
                }
            }
            return out
        }
    }
}
