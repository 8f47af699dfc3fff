import GRDB
import PanduCore

/// queue_log lines in `acd_line_blocks` (migration "v4-acd-blocks"): one row per 15-minute bucket, kind and
/// part, the lines' bytes concatenated. A batch reads the keys of the buckets it touches (the duplicate check:
/// a re-import adds nothing twice), then appends its new lines to each bucket's last part while that part is
/// small (a followed file's batches) or adds a part (a bulk import's batches), a few rows per batch in all.
struct QueueLogLineBlocks {
    /// A part is appended to while it holds fewer lines than this; otherwise the bucket gets a new part.
    static let partLines = 2048
    private let db: Database

    /// A (bucket, kind) pair: one block's place.
    private struct Place: Hashable {
        var bucket: Int64
        var kind: Int64
    }

    /// The new lines of one place, encoded.
    private struct Pending {
        var place: Place
        var count = 0
        var keys = AcdBlockWriter()
        var body = AcdBlockWriter()
    }

    /// Works on the connection `db` (reading or writing).
    init(_ db: Database) { self.db = db }

    /// Stores the lines of `batch` not stored before, line `i` with seq `firstSeq + i`; returns the indices
    /// stored, ascending (a line repeated within the batch is stored at its first occurrence). Each line's key
    /// and (unless the batch was prepared without episodes) bytes come worked out from the batch.
    func insert(_ batch: QueueLogBatch, firstSeq: Int64) throws -> [Int] {
        let records = batch.records
        var stored = BucketKeySets()
        var tails: [Place: (id: Int64, count: Int)] = [:]
        try loadKeys(records, into: &stored, tails: &tails)
        var fresh: [Int] = []
        fresh.reserveCapacity(records.count)
        var placeOf: [Int32] = []
        placeOf.reserveCapacity(records.count)
        var pending: [Pending] = []
        var index: [Place: Int] = [:]
        // The last place of each kind: call and agent lines interleave, each mostly in one bucket at a time.
        var last: [(place: Place, at: Int)?] = [nil, nil]
        records.withUnsafeBufferPointer { buf in
            for i in 0..<buf.count {
                let epoch = buf[i].epoch
                let bucket = AcdBuckets.bucket(epoch)
                let key = QueueLogKey(high: UInt64(bitPattern: epoch), low: batch.keys[i])
                guard stored.insert(key, in: bucket) else { continue }
                fresh.append(i)
                let kind = AcdBuckets.kind(buf[i])
                let place = Place(bucket: bucket, kind: kind)
                let at: Int
                if let hit = last[Int(kind)], hit.place == place {
                    at = hit.at
                } else if let known = index[place] {
                    at = known
                } else {
                    at = pending.count
                    index[place] = at
                    pending.append(Pending(place: place))
                }
                last[Int(kind)] = (place, at)
                pending[at].count += 1
                placeOf.append(Int32(at))
            }
        }
        encode(batch, fresh: fresh, places: placeOf, into: pending, firstSeq: firstSeq)
        for p in pending { try write(p, tail: tails[p.place]) }
        return fresh
    }

    /// Writes each place's new lines (`places[j]` is the place of line `fresh[j]`) into its keys and body, one
    /// place at a time and in file order within it: a place's writers are reached once, with room made for all
    /// of its lines, instead of once per line (each reach retained and released their buffers).
    private func encode(
        _ batch: QueueLogBatch, fresh: [Int], places: [Int32], into pending: [Pending], firstSeq: Int64
    ) {
        // A counting sort of the fresh lines by place, stable, so each place's lines stay in file order.
        var start = [Int](repeating: 0, count: pending.count + 1)
        for (k, p) in pending.enumerated() { start[k + 1] = start[k] + p.count }
        var next = start
        var order = [Int](repeating: 0, count: fresh.count)
        for (j, at) in places.enumerated() {
            order[next[Int(at)]] = fresh[j]
            next[Int(at)] += 1
        }
        let encoded = batch.hasLineBytes
        batch.records.withUnsafeBufferPointer { buf in
            batch.lineBytes.withUnsafeBufferPointer { bytes in
                for (k, p) in pending.enumerated() {
                    let lines = order[start[k]..<start[k + 1]]
                    p.keys.reserve(16 * lines.count)
                    if encoded {
                        // A seq is at most 10 bytes.
                        p.body.reserve(lines.reduce(0) { $0 + batch.lineRange($1).count + 10 })
                    }
                    for i in lines {
                        p.keys.key(epoch: buf[i].epoch, low: batch.keys[i])
                        if encoded {
                            p.body.signed(firstSeq + Int64(i))
                            p.body.append(UnsafeBufferPointer(rebasing: bytes[batch.lineRange(i)]))
                        } else {
                            p.body.line(buf[i], seq: firstSeq + Int64(i))
                        }
                    }
                }
            }
        }
    }

    /// Reads the keys of every bucket the batch touches, and each place's last part; makes room in each
    /// bucket's set for the batch's lines in it.
    private func loadKeys(
        _ records: [QueueLogRecord], into stored: inout BucketKeySets, tails: inout [Place: (id: Int64, count: Int)]
    ) throws {
        // Lines per bucket, counted in runs: lines come in time order, so the dictionary is reached per run.
        var lines: [Int64: Int] = [:]
        var run: (bucket: Int64, count: Int)?
        for r in records {
            let b = AcdBuckets.bucket(r.epoch)
            if let current = run, current.bucket == b {
                run = (b, current.count + 1)
            } else {
                if let current = run { lines[current.bucket, default: 0] += current.count }
                run = (b, 1)
            }
        }
        if let current = run { lines[current.bucket, default: 0] += current.count }
        let s = try RawStatement(db, "SELECT id, kind, count, keys FROM acd_line_blocks WHERE bucket_s = ? ORDER BY id")
        for (b, count) in lines.sorted(by: { $0.key < $1.key }) {
            s.bind(1, b)
            while try s.step(db) {
                var reader = s.blob(3)
                let n = Int(s.int(2))
                stored.reserve(n, in: b)
                for _ in 0..<n {
                    // Filed under the bucket of the key's own time (for a block of bucket `b`, that is `b`).
                    let key = reader.key()
                    _ = stored.insert(key, in: AcdBuckets.bucket(Int64(bitPattern: key.high)))
                }
                tails[Place(bucket: b, kind: s.int(1))] = (s.int(0), n)
            }
            stored.reserve(count, in: b)
        }
    }

    /// Appends one place's new lines to its last part, or adds a part.
    private func write(_ p: Pending, tail: (id: Int64, count: Int)?) throws {
        if let tail, tail.count < Self.partLines {
            let read = try RawStatement(db, "SELECT keys, body FROM acd_line_blocks WHERE id = ?")
            read.bind(1, tail.id)
            guard try read.step(db) else { return try add(p) }
            let keys = read.blob(0).appending(p.keys)
            let body = read.blob(1).appending(p.body)
            read.reset()
            let update = try RawStatement(db, "UPDATE acd_line_blocks SET count = ?, keys = ?, body = ? WHERE id = ?")
            update.bind(1, Int64(tail.count + p.count))
            update.bind(4, tail.id)
            try keys.withBytes { k in
                try body.withBytes { b in
                    update.bind(2, borrowing: k)
                    update.bind(3, borrowing: b)
                    try update.run(db)
                }
            }
        } else {
            try add(p)
        }
    }

    private func add(_ p: Pending) throws {
        let insert = try RawStatement(
            db, "INSERT INTO acd_line_blocks (bucket_s, kind, count, keys, body) VALUES (?, ?, ?, ?, ?)")
        insert.bind(1, p.place.bucket)
        insert.bind(2, p.place.kind)
        insert.bind(3, Int64(p.count))
        try p.keys.withBytes { k in
            try p.body.withBytes { b in
                insert.bind(4, borrowing: k)
                insert.bind(5, borrowing: b)
                try insert.run(db)
            }
        }
    }

    /// Every line of `kind` in the buckets from `first` to `last` (inclusive) that `keep` accepts, with its seq,
    /// in the order stored within each bucket.
    func lines(
        fromBucket first: Int64, toBucket last: Int64, kind: Int64, keep: (QueueLogRecord) -> Bool
    ) throws -> [(seq: Int64, record: QueueLogRecord)] {
        var out: [(seq: Int64, record: QueueLogRecord)] = []
        try eachBlock(fromBucket: first, toBucket: last, kind: kind) { count, reader in
            for _ in 0..<count {
                let line = reader.line()
                if keep(line.record) { out.append(line) }
            }
        }
        return out
    }

    /// The stored call lines (kind 0) of the calls `ids` in the buckets from `first` to `last` (inclusive), with
    /// their seq, in the order stored within each bucket. When every id is ASCII, a line is first matched by the
    /// hash of its call id's bytes (`CallIDFilter`), so the lines of other calls (nearly all of a bucket) are
    /// skipped without making their strings; a match is confirmed on the record.
    func callLines(fromBucket first: Int64, toBucket last: Int64, ids: Set<String>) throws
        -> [(seq: Int64, record: QueueLogRecord)]
    {
        let ascii = ids.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }
        let filter = ascii ? CallIDFilter(ids) : nil
        var out: [(seq: Int64, record: QueueLogRecord)] = []
        try eachBlock(fromBucket: first, toBucket: last, kind: 0) { count, reader in
            for _ in 0..<count {
                let read = filter.map { reader.line(ifCallIn: $0) } ?? .some(reader.line())
                guard let line = read else { continue }
                if line.record.kind?.isCallEvent == true && ids.contains(line.record.callID) { out.append(line) }
            }
        }
        return out
    }

    /// Hands each block of `kind` in the buckets from `first` to `last`, in stored order, to `body` with its line
    /// count and a reader at its first line.
    private func eachBlock(
        fromBucket first: Int64, toBucket last: Int64, kind: Int64, _ body: (Int, inout AcdBlockReader) -> Void
    ) throws {
        let s = try RawStatement(
            db,
            "SELECT count, body FROM acd_line_blocks WHERE bucket_s >= ? AND bucket_s <= ? AND kind = ? "
                + "ORDER BY bucket_s, id")
        s.bind(1, first)
        s.bind(2, last)
        s.bind(3, kind)
        while try s.step(db) {
            var reader = s.blob(1)
            body(Int(s.int(0)), &reader)
        }
    }
}
