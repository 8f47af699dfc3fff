import Foundation
import GRDB
import PanduCore

/// Writes a batch of queue_log records inside one write transaction: new lines are stored once in the line
/// blocks of their 15-minute buckets (the stored keys of those buckets skip lines already stored), then the
/// episodes of every call that got a new line are rebuilt from all of that call's lines, so a call whose lines
/// straddle two imports (a followed file) comes out the same as if it had been read in one go.
struct QueueLogWriter {
    let db: Database
    private let calls: QueueLogCallStatements
    private let readTally: RawStatement
    private let writeTally: RawStatement
    private let deleteTally: RawStatement

    /// Statements compiled once per batch.
    init(_ db: Database) throws {
        self.db = db
        calls = try QueueLogCallStatements(db)
        readTally = try RawStatement(
            db, "SELECT tally FROM acd_slot_counts WHERE slot_s = ? AND queue = ? AND orphan = ?")
        writeTally = try RawStatement(
            db, "INSERT OR REPLACE INTO acd_slot_counts (slot_s, queue, orphan, tally) VALUES (?, ?, ?, ?)")
        deleteTally = try RawStatement(
            db, "DELETE FROM acd_slot_counts WHERE slot_s = ? AND queue = ? AND orphan = ?")
    }

    /// Inserts the new records and rebuilds the touched calls' episodes.
    func write(_ batch: QueueLogBatch, session: QueueLogImportSession? = nil) throws -> QueueLogImportResult {
        let records = batch.records
        var result = QueueLogImportResult()
        result.records = records.count
        let firstNewID =
            try Int64.fetchOne(db, sql: "SELECT next FROM acd_line_seq") ?? 1
        // seq = firstNewID + index in the batch: gaps where a line was already stored keep the file order;
        // the counter moves past the last stored line only, so a re-import that stores nothing leaves it.
        if let session, session.storeWasEmpty == nil { session.storeWasEmpty = firstNewID == 1 }
        let fresh = try QueueLogLineBlocks(db).insert(batch, firstSeq: firstNewID)
        result.inserted = fresh.count
        let next = firstNewID + Int64((fresh.last ?? -1) + 1)
        try db.execute(sql: "UPDATE acd_line_seq SET next = ?", arguments: [next])
        session?.lastBatchAllNew = fresh.count == records.count
        result.duplicates = records.count - fresh.count
        for i in fresh {
            let e = records[i].epoch
            result.firstEpoch = min(result.firstEpoch ?? e, e)
            result.lastEpoch = max(result.lastEpoch ?? e, e)
        }
        // The episodes worked out ahead hold when every line is new (no duplicate dropped from a call).
        let prepared = fresh.count == records.count ? batch.prepared : nil
        result.callsRebuilt = try rebuild(
            records, fresh: fresh, firstNewID: firstNewID, session: session, prepared: prepared)
        return result
    }

    /// Rebuilds the episodes of calls with new lines; returns how many calls.
    private func rebuild(
        _ records: [QueueLogRecord], fresh: [Int], firstNewID: Int64, session: QueueLogImportSession?,
        prepared: QueueLogPreparedEpisodes?
    ) throws -> Int {
        var touched = prepared?.calls ?? QueueLogCalls(records, fresh: fresh)
        guard !touched.isEmpty else { return 0 }
        // On a store that was empty when the run began, only calls this run wrote can have earlier lines (or a
        // row in acd_calls): the others are inserted without looking.
        let hashes = session.map { _ in touched.calls.map(\.id.hashValue) }
        let owned = session?.storeWasEmpty == true
        let unseen = owned ? hashes?.map { session?.callsSeen.contains($0) != true } : nil
        if firstNewID > 1 {
            for (k, call) in touched.calls.enumerated() where unseen?[k] != true {
                if try calls.known(call.id) { touched.markEarlier(k) }
            }
        }
        if let session, let hashes {
            session.callsSeen.reserveCapacity(session.callsSeen.count + hashes.count)
            for h in hashes { session.callsSeen.insert(h) }
        }
        try calls.save(touched.calls, unseen: unseen)
        var blocks = QueueLogEpisodeBlocks(db)
        let (episodes, outside, delta) =
            try prepared.map { try merged($0, touched, &blocks) } ?? built(records, fresh, touched, &blocks)
        try blocks.add(episodes)
        try blocks.flush()
        // A call's span also covers its episodes' entry times (an orphan's is inferred from its wait), so a
        // later rebuild finds the bucket of every old episode.
        try calls.save(outside, unseen: nil)
        try apply(delta)
        return touched.calls.count
    }

    /// The episodes worked out ahead, with the calls that have older lines rebuilt from every stored line of
    /// theirs and merged in by (entry time, origin): what `built` gives, without building the other calls.
    private func merged(
        _ prepared: QueueLogPreparedEpisodes, _ touched: QueueLogCalls, _ blocks: inout QueueLogEpisodeBlocks
    ) throws -> (EncodedEpisodes, [QueueLogCalls.Call], SlotTallyDelta) {
        var delta = prepared.delta
        var outside: [QueueLogCalls.Call] = []
        let ahead = prepared.episodes
        let earlier = touched.calls.filter(\.earlier)
        guard !earlier.isEmpty else { return (prepared.encoded, prepared.outside.map(\.call), delta) }
        let (lines, buckets) = try calls.load(earlier, from: QueueLogLineBlocks(db))
        for e in try blocks.remove(calls: Set(earlier.map(\.id)), buckets: buckets) { delta.add(e, sign: -1) }
        let keep = { (i: Int) in !touched.calls[prepared.callOf[i]].earlier }
        for (i, call) in prepared.outside where keep(i) { outside.append(call) }
        for i in ahead.indices where !keep(i) { delta.add(ahead[i], sign: -1) }
        let (rebuilt, origins, _) = EpisodeBuilder.orderedEpisodes(from: lines)
        var earlierIndex: [String: Int] = [:]
        for (k, call) in touched.calls.enumerated() where call.earlier { earlierIndex[call.id] = k }
        for e in rebuilt {
            delta.add(e, sign: 1)
            if let k = earlierIndex[e.callID] { outside += touched.outside(e, call: k) }
        }
        let episodes = EncodedEpisodes(
            merging: prepared.encoded, origins: prepared.origins, keep: keep, with: EncodedEpisodes(rebuilt),
            origins: origins)
        return (episodes, outside, delta)
    }

    /// The episodes of the batch's new lines built here: calls with older lines from every stored line.
    private func built(
        _ records: [QueueLogRecord], _ fresh: [Int], _ touched: QueueLogCalls, _ blocks: inout QueueLogEpisodeBlocks
    ) throws -> (EncodedEpisodes, [QueueLogCalls.Call], SlotTallyDelta) {
        var delta = SlotTallyDelta()
        let episodes: [Episode]
        if !touched.anyEarlier && fresh.count == records.count {
            // Every line is new and no call has older lines, so the batch itself is the builder's input (it
            // skips the non-call lines) and no record is copied.
            episodes = EpisodeBuilder.episodes(from: records, distinct: true)
        } else {
            var batch: [QueueLogRecord] = []
            batch.reserveCapacity(fresh.count)
            for i in fresh where records[i].kind?.isCallEvent == true && !touched.hadEarlier(records[i].callID) {
                batch.append(records[i])
            }
            let earlier = touched.calls.filter(\.earlier)
            if !earlier.isEmpty {
                let (lines, buckets) = try calls.load(earlier, from: QueueLogLineBlocks(db))
                batch += lines
                for e in try blocks.remove(calls: Set(earlier.map(\.id)), buckets: buckets) {
                    delta.add(e, sign: -1)
                }
            }
            // Every line here is a distinct stored line: the stored keys dropped the duplicates.
            episodes = EpisodeBuilder.episodes(from: batch, distinct: true)
        }
        for episode in episodes { delta.add(episode, sign: 1) }
        return (EncodedEpisodes(episodes), touched.outside(episodes), delta)
    }

    /// Adds the batch's changes to the stored slot tallies.
    private func apply(_ delta: SlotTallyDelta) throws {
        for (key, change) in delta.changes {
            readTally.bind(1, key.slot)
            readTally.bind(2, key.queue)
            readTally.bind(3, Int64(key.orphan ? 1 : 0))
            var tally = SlotTally()
            if try readTally.step(db) {
                tally = SlotTally(text: readTally.text(0)) ?? SlotTally()
                readTally.reset()
            }
            tally.add(change)
            let s = tally.isEmpty ? deleteTally : writeTally
            s.bind(1, key.slot)
            s.bind(2, key.queue)
            s.bind(3, Int64(key.orphan ? 1 : 0))
            if !tally.isEmpty { s.bind(4, tally.text) }
            try s.run(db)
        }
    }
}
