import GRDB
import PanduCore

/// Stores queue_log lines many rows per statement: `INSERT OR IGNORE … RETURNING seq` skips lines the
/// unique (time, content hash) key already holds and names the ones it stored, so a batch costs one
/// statement execution per 64 lines instead of one per line, and the idempotency check stays in SQLite.
struct QueueLogLineInserter {
    static let rowsPerStatement = 64
    private static let columns = "(epoch_s, usec, hash, callid, queue, agent, event, params, seq)"
    private static let placeholders = "(?, ?, ?, ?, ?, ?, ?, ?, ?)"
    private let db: Database
    private let many: RawStatement
    private let one: RawStatement
    private let plainMany: RawStatement
    private let plainOne: RawStatement
    /// The texts of one statement's rows, bound without copies.
    private let arena = BindArena()

    /// Statements compiled once per batch.
    init(_ db: Database) throws {
        self.db = db
        many = try RawStatement(db, Self.sql(rows: Self.rowsPerStatement))
        one = try RawStatement(db, Self.sql(rows: 1))
        plainMany = try RawStatement(db, Self.sql(rows: Self.rowsPerStatement, plain: true))
        plainOne = try RawStatement(db, Self.sql(rows: 1, plain: true))
    }

    private static func sql(rows: Int, plain: Bool = false) -> String {
        (plain ? "INSERT" : "INSERT OR IGNORE") + " INTO acd_lines \(columns) VALUES "
            + Array(repeating: placeholders, count: rows).joined(separator: ", ") + (plain ? "" : " RETURNING seq")
    }

    /// Inserts the lines whose keys `session` has not stored yet, on a store the run owns (see
    /// `QueueLogImportSession.ownsStore`): the new lines are known in memory, so a plain INSERT without a
    /// per-row result does (about half SQLite's work per line). A line the store held anyway would fail the
    /// batch loudly (unique key), never be stored twice. Returns the indices stored, ascending.
    func insertNew(
        _ records: [QueueLogRecord], firstSeq: Int64, keys: [UInt64]?, session: QueueLogImportSession
    ) throws -> [Int] {
        var fresh: [Int] = []
        var hashes: [UInt64] = []
        fresh.reserveCapacity(records.count)
        hashes.reserveCapacity(records.count)
        try records.withUnsafeBufferPointer { buf in
            for i in 0..<buf.count {
                let key = keys?[i] ?? buf[i].contentKey.low
                guard session.insertLineKey(epoch: buf[i].epoch, hash: key) else { continue }
                fresh.append(i)
                hashes.append(key)
            }
            var start = 0
            while start < fresh.count {
                let full = fresh.count - start >= Self.rowsPerStatement
                let statement = full ? plainMany : plainOne
                let rows = full ? Self.rowsPerStatement : 1
                arena.reset()
                for k in 0..<rows {
                    let i = fresh[start + k]
                    bind(buf[i], key: hashes[start + k], seq: firstSeq + Int64(i), row: k, statement)
                }
                try statement.run(db)
                start += rows
            }
        }
        return fresh
    }

    /// Inserts `records`, line `i` with `seq = firstSeq + i`; the indices of the lines not stored before,
    /// ascending (a line repeated within the batch is stored at its first occurrence).
    /// `keys`: each record's `contentKey.low` when worked out already.
    func insert(_ records: [QueueLogRecord], firstSeq: Int64, keys: [UInt64]? = nil) throws -> [Int] {
        var fresh: [Int] = []
        fresh.reserveCapacity(records.count)
        try records.withUnsafeBufferPointer { buf in
            var start = 0
            while start < buf.count {
                let full = buf.count - start >= Self.rowsPerStatement
                let statement = full ? many : one
                let rows = full ? Self.rowsPerStatement : 1
                arena.reset()
                for k in 0..<rows {
                    let i = start + k
                    let key = keys?[i] ?? buf[i].contentKey.low
                    bind(buf[i], key: key, seq: firstSeq + Int64(i), row: k, statement)
                }
                while try statement.step(db) { fresh.append(Int(statement.int(0) - firstSeq)) }
                start += rows
            }
        }
        // RETURNING gives no order guarantee; episodes are built in file order.
        fresh.sort()
        return fresh
    }

    private func bind(_ r: QueueLogRecord, key: UInt64, seq: Int64, row: Int, _ s: RawStatement) {
        let base = Int32(row * 9)
        s.bind(base + 1, r.epoch)
        s.bind(base + 2, Int64(r.microseconds))
        s.bind(base + 3, Int64(bitPattern: key))
        arena.bind(s, base + 4, r.callID)
        arena.bind(s, base + 5, r.queue)
        arena.bind(s, base + 6, r.agent)
        arena.bind(s, base + 7, r.event)
        arena.bind(s, base + 8, joining: r.params, separator: UInt8(ascii: "|"))
        s.bind(base + 9, seq)
    }
}
