import GRDB
import PanduCore

/// The calls of one import batch and their row in `acd_calls` (callid → time span of its call lines and its
/// episodes' entry times): which calls had lines stored before, and those calls' stored lines, found in the
/// line blocks of the span's buckets instead of through a callid index on every line.
struct QueueLogCalls: Sendable {
    /// One call with new lines in the batch.
    struct Call: Sendable {
        var id: String
        var first: Int64
        var last: Int64
        /// Whether the store held call lines of it before this batch.
        var earlier = false
    }

    static let rowsPerStatement = 64
    /// The batch's calls in the order first seen (lines come in time order and so, mostly, do call ids:
    /// the upserts then land near the end of the key).
    private(set) var calls: [Call] = []
    private var index: [String: Int] = [:]

    /// Gathers the calls of the batch's new call lines (`fresh`: their indices).
    init(_ records: [QueueLogRecord], fresh: [Int]) {
        var numbers: [Int] = []
        self.init(records, fresh: fresh, numbers: &numbers)
    }

    /// Gathers the calls of every call line; `numbers[i]` is line `i`'s index in `calls` (-1 for other lines).
    init(_ records: [QueueLogRecord], numbers: inout [Int]) {
        numbers = Array(repeating: -1, count: records.count)
        self.init(records, fresh: Array(records.indices), numbers: &numbers)
    }

    private init(_ records: [QueueLogRecord], fresh: [Int], numbers: inout [Int]) {
        index.reserveCapacity(fresh.count / 2)
        let numbered = !numbers.isEmpty
        records.withUnsafeBufferPointer { buf in
            for i in fresh where buf[i].kind?.isCallEvent == true {
                let epoch = buf[i].epoch
                let k: Int
                if let known = index[buf[i].callID] {
                    k = known
                    calls[k].first = min(calls[k].first, epoch)
                    calls[k].last = max(calls[k].last, epoch)
                } else {
                    k = calls.count
                    index[buf[i].callID] = k
                    calls.append(Call(id: buf[i].callID, first: epoch, last: epoch))
                }
                if numbered { numbers[i] = k }
            }
        }
    }

    /// The calls the parser numbered (`QueueLogPreparation`), in the same order: no dictionary of call ids is
    /// kept, so `hadEarlier` and `outside(_:)` are not for these.
    init(_ records: [QueueLogRecord], prepared p: QueueLogPreparation) {
        calls.reserveCapacity(p.callCount)
        for k in 0..<p.callCount {
            calls.append(
                Call(id: records[p.callFirstLines[k]].callID, first: p.callFirstEpochs[k], last: p.callLastEpochs[k]))
        }
    }

    var isEmpty: Bool { calls.isEmpty }
    var anyEarlier: Bool { calls.contains { $0.earlier } }

    /// Whether the call had lines before this batch (false for a call not in the batch).
    func hadEarlier(_ callID: String) -> Bool { index[callID].map { calls[$0].earlier } ?? false }

    mutating func markEarlier(_ k: Int) { calls[k].earlier = true }

    /// Spans to widen so each call's span also covers its episodes' entry times (one per episode outside).
    func outside(_ episodes: [Episode]) -> [Call] {
        var out: [Call] = []
        for e in episodes {
            guard let k = index[e.callID] else { continue }
            out += outside(e, call: k)
        }
        return out
    }

    /// The span to widen for episode `e` of call `k`, if its entry is outside the call's span.
    func outside(_ e: borrowing Episode, call k: Int) -> [Call] {
        let c = calls[k]
        guard e.enteredAt < c.first || e.enteredAt > c.last else { return [] }
        return [Call(id: e.callID, first: e.enteredAt, last: e.enteredAt)]
    }
}

/// The statements over `acd_calls` and the lines of one call.
struct QueueLogCallStatements {
    private let db: Database
    private let probe: RawStatement
    private let upsertMany: RawStatement
    private let upsertOne: RawStatement
    private let insertMany: RawStatement
    private let insertOne: RawStatement
    private let span: RawStatement
    private let arena = BindArena()

    /// Statements compiled once per batch.
    init(_ db: Database) throws {
        self.db = db
        probe = try RawStatement(db, "SELECT 1 FROM acd_calls WHERE callid = ?")
        upsertMany = try RawStatement(db, Self.upsertSQL(rows: QueueLogCalls.rowsPerStatement), cached: true)
        upsertOne = try RawStatement(db, Self.upsertSQL(rows: 1), cached: true)
        insertMany = try RawStatement(db, Self.insertSQL(rows: QueueLogCalls.rowsPerStatement), cached: true)
        insertOne = try RawStatement(db, Self.insertSQL(rows: 1), cached: true)
        span = try RawStatement(db, "SELECT first_s, last_s FROM acd_calls WHERE callid = ?")
    }

    /// `OR FAIL`, not the default `OR ABORT`: a statement of many rows that may abort makes SQLite copy every
    /// page it touches to a statement journal first, so the rows before a failing one can be undone (a temporary
    /// file: 220 MB of writes for a million lines). A failure here fails the batch's whole transaction anyway,
    /// so the rows a failing statement keeps are rolled back with it.
    private static func insertSQL(rows: Int) -> String {
        "INSERT OR FAIL INTO acd_calls (callid, first_s, last_s) VALUES "
            + Array(repeating: "(?, ?, ?)", count: rows).joined(separator: ", ")
    }

    private static func upsertSQL(rows: Int) -> String {
        insertSQL(rows: rows) + " ON CONFLICT (callid) DO UPDATE SET first_s = min(first_s, excluded.first_s), "
            + "last_s = max(last_s, excluded.last_s)"
    }

    /// Whether `acd_calls` knows the call (it had call lines stored before the batch's spans are saved).
    func known(_ callID: String) throws -> Bool {
        probe.bind(1, callID)
        let found = try probe.step(db)
        if found { probe.reset() }
        return found
    }

    /// Widens (or creates) each call's span to cover the batch's lines. `unseen[k]`: call `k` is known to have
    /// no row yet, so a plain INSERT adds it (no conflict probe before the insert's own search).
    func save(_ calls: [QueueLogCalls.Call], unseen: [Bool]?) throws {
        guard let unseen else { return try save(calls, rows: Array(calls.indices), upsert: true) }
        // Split by index: copying the calls into two lists retained and released every id.
        var new: [Int] = []
        var old: [Int] = []
        new.reserveCapacity(calls.count)
        for k in calls.indices {
            if unseen[k] { new.append(k) } else { old.append(k) }
        }
        try save(calls, rows: new, upsert: false)
        try save(calls, rows: old, upsert: true)
    }

    /// Saves `calls[k]` for each `k` in `rows`, up to `rowsPerStatement` a statement.
    private func save(_ calls: [QueueLogCalls.Call], rows: [Int], upsert: Bool) throws {
        try calls.withUnsafeBufferPointer { buf in
            var start = 0
            while start < rows.count {
                let full = rows.count - start >= QueueLogCalls.rowsPerStatement
                let statement = full ? (upsert ? upsertMany : insertMany) : (upsert ? upsertOne : insertOne)
                let n = full ? QueueLogCalls.rowsPerStatement : 1
                arena.reset()
                for k in 0..<n {
                    let c = rows[start + k]
                    let base = Int32(k * 3)
                    arena.bind(statement, base + 1, buf[c].id)
                    statement.bind(base + 2, buf[c].first)
                    statement.bind(base + 3, buf[c].last)
                }
                try statement.run(db)
                start += n
            }
        }
    }

    /// Every stored call line of `earlier` calls (after `save`, so the spans cover the batch), call by call in
    /// the order given, each call's lines in the order stored; and the bucket ranges of their spans, merged.
    func load(_ earlier: [QueueLogCalls.Call], from blocks: QueueLogLineBlocks) throws
        -> (lines: [QueueLogRecord], buckets: [ClosedRange<Int64>])
    {
        var ranges: [ClosedRange<Int64>] = []
        for call in earlier {
            span.bind(1, call.id)
            guard try span.step(db) else { continue }
            ranges.append(AcdBuckets.bucket(span.int(0))...AcdBuckets.bucket(span.int(1)))
            span.reset()
        }
        ranges.sort { $0.lowerBound < $1.lowerBound }
        var merged: [ClosedRange<Int64>] = []
        for r in ranges {
            if let last = merged.last, r.lowerBound <= last.upperBound + AcdBuckets.seconds {
                merged[merged.count - 1] = last.lowerBound...max(last.upperBound, r.upperBound)
            } else {
                merged.append(r)
            }
        }
        let ids = Set(earlier.map(\.id))
        var byCall: [String: [(seq: Int64, record: QueueLogRecord)]] = [:]
        for r in merged {
            let found = try blocks.callLines(fromBucket: r.lowerBound, toBucket: r.upperBound, ids: ids)
            for line in found { byCall[line.record.callID, default: []].append(line) }
        }
        var lines: [QueueLogRecord] = []
        for call in earlier {
            guard let list = byCall.removeValue(forKey: call.id) else { continue }
            lines += list.sorted { $0.seq < $1.seq }.map(\.record)
        }
        return (lines, merged)
    }
}
