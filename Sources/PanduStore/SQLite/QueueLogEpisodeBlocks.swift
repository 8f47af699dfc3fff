import GRDB
import PanduCore

/// Call episodes in `acd_episode_blocks` (migration "v4-acd-blocks"): one row per 15-minute bucket of entry
/// time, the episodes ordered by entry time and then the order stored (what `ORDER BY entered_s, id` gave
/// when each episode was a row). New episodes later than a bucket's last are appended to its bytes; a
/// rebuilt call's bucket is read whole, its old episodes dropped, the new ones merged in, and written back.
struct QueueLogEpisodeBlocks {
    private let db: Database
    /// Buckets read whole in this batch (their episodes in stored order), written back by `flush`.
    private var loaded: [Int64: [Episode]] = [:]

    /// Works on the connection `db` (reading or writing).
    init(_ db: Database) { self.db = db }

    /// Removes the episodes of `calls` from the buckets in `ranges`; returns them.
    mutating func remove(calls: Set<String>, buckets ranges: [ClosedRange<Int64>]) throws -> [Episode] {
        var buckets: [Int64] = []
        let s = try RawStatement(db, "SELECT bucket_s FROM acd_episode_blocks WHERE bucket_s >= ? AND bucket_s <= ?")
        for r in ranges {
            s.bind(1, r.lowerBound)
            s.bind(2, r.upperBound)
            while try s.step(db) { buckets.append(s.int(0)) }
        }
        var removed: [Episode] = []
        for b in buckets {
            guard var list = try load(b) else { continue }
            list.removeAll { e in
                guard calls.contains(e.callID) else { return false }
                removed.append(e)
                return true
            }
            loaded[b] = list
        }
        return removed
    }

    /// Adds episodes given by entry time (ties in the order to keep): a bucket's run is appended to its stored
    /// bytes when none is earlier than the bucket's last, else merged with the bucket read whole.
    mutating func add(_ new: EncodedEpisodes) throws {
        var start = 0
        while start < new.count {
            let b = AcdBuckets.bucket(new.entered[start])
            var end = start + 1
            while end < new.count, AcdBuckets.bucket(new.entered[end]) == b { end += 1 }
            try add(new, start..<end, bucket: b)
            start = end
        }
    }

    /// Adds one bucket's run of `new`.
    private mutating func add(_ new: EncodedEpisodes, _ run: Range<Int>, bucket b: Int64) throws {
        if let list = loaded[b] {
            loaded[b] = Self.merge(list, run.map { new.episode($0) })
            return
        }
        let tail = try RawStatement(db, "SELECT last_s, count, body FROM acd_episode_blocks WHERE bucket_s = ?")
        tail.bind(1, b)
        guard try tail.step(db) else { return try write(b, new, run, count: run.count, prefix: []) }
        let lastStored = tail.int(0)
        if new.entered[run.lowerBound] >= lastStored {
            let count = Int(tail.int(1))
            let prefix = tail.blob(2).rest
            tail.reset()
            try write(b, new, run, count: count + run.count, prefix: prefix)
        } else {
            tail.reset()
            loaded[b] = Self.merge(try load(b) ?? [], run.map { new.episode($0) })
        }
    }

    /// Writes back every bucket read whole.
    func flush() throws {
        for (b, list) in loaded {
            if list.isEmpty {
                try db.execute(sql: "DELETE FROM acd_episode_blocks WHERE bucket_s = ?", arguments: [b])
            } else {
                try write(b, list, count: list.count, prefix: [])
            }
        }
    }

    /// Episodes entered in `[from, to)` of the given queues (nil = all), by entry time then the order stored.
    func episodes(from: Int64, to: Int64, queues: Set<String>?) throws -> [Episode] {
        guard from < to else { return [] }
        let s = try RawStatement(
            db,
            "SELECT count, body FROM acd_episode_blocks WHERE bucket_s >= ? AND bucket_s <= ? ORDER BY bucket_s")
        s.bind(1, AcdBuckets.bucket(max(from, Int64.min / 2)))
        s.bind(2, AcdBuckets.bucket(to - 1))
        var out: [Episode] = []
        while try s.step(db) {
            var reader = s.blob(1)
            for _ in 0..<s.int(0) {
                let e = reader.episode()
                if e.enteredAt >= from && e.enteredAt < to && (queues?.contains(e.queue) ?? true) { out.append(e) }
            }
        }
        return out
    }

    /// A bucket's episodes, read from the store unless read already; nil when it has none stored.
    private mutating func load(_ b: Int64) throws -> [Episode]? {
        if let list = loaded[b] { return list }
        let s = try RawStatement(db, "SELECT count, body FROM acd_episode_blocks WHERE bucket_s = ?")
        s.bind(1, b)
        guard try s.step(db) else { return nil }
        var reader = s.blob(1)
        var list: [Episode] = []
        list.reserveCapacity(Int(s.int(0)))
        for _ in 0..<s.int(0) { list.append(reader.episode()) }
        s.reset()
        loaded[b] = list
        return list
    }

    /// Stores a bucket as `prefix` (encoded episodes kept) followed by the `run` of `new`.
    private func write(_ b: Int64, _ new: EncodedEpisodes, _ run: Range<Int>, count: Int, prefix: [UInt8]) throws {
        let bytes = new.bytes[new.range(run.lowerBound).lowerBound..<new.range(run.upperBound - 1).upperBound]
        try store(b, count: count, last: new.entered[run].max() ?? 0, body: prefix + bytes)
    }

    /// Stores a bucket as `prefix` (encoded episodes kept) followed by `list`.
    private func write(_ b: Int64, _ list: [Episode], count: Int, prefix: [UInt8]) throws {
        let w = AcdBlockWriter(capacity: prefix.count + list.count * 64)
        for e in list { w.episode(e) }
        try store(b, count: count, last: list.map(\.enteredAt).max() ?? 0, body: prefix + w.bytes)
    }

    /// Writes one bucket's row.
    private func store(_ b: Int64, count: Int, last: Int64, body: [UInt8]) throws {
        let s = try RawStatement(
            db, "INSERT OR REPLACE INTO acd_episode_blocks (bucket_s, count, last_s, body) VALUES (?, ?, ?, ?)")
        s.bind(1, b)
        s.bind(2, Int64(count))
        s.bind(3, last)
        try body.withUnsafeBufferPointer { buf in
            s.bind(4, borrowing: buf)
            try s.run(db)
        }
    }

    /// Both lists by entry time; on a tie `old` comes first (it was stored earlier).
    static func merge(_ old: [Episode], _ new: [Episode]) -> [Episode] {
        var out: [Episode] = []
        out.reserveCapacity(old.count + new.count)
        var i = 0
        var j = 0
        while i < old.count || j < new.count {
            if j == new.count || (i < old.count && old[i].enteredAt <= new[j].enteredAt) {
                out.append(old[i])
                i += 1
            } else {
                out.append(new[j])
                j += 1
            }
        }
        return out
    }
}
