import GRDB
import PanduCore

/// The calls of one import batch and their row in `acd_calls` (callid → time span of its call lines): which
/// calls had lines stored before, and those calls' stored lines, found by a range of `acd_lines`' time key
/// instead of a callid index on every line.
struct QueueLogCalls {
    /// One call with new lines in the batch.
    struct Call {
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

    /// Gathers the calls of the batch's new call lines.
    init(_ records: [QueueLogRecord], fresh: [Int]) {
        index.reserveCapacity(fresh.count / 2)
        records.withUnsafeBufferPointer { buf in
            for i in fresh where buf[i].kind?.isCallEvent == true {
                let epoch = buf[i].epoch
                if let k = index[buf[i].callID] {
                    calls[k].first = min(calls[k].first, epoch)
                    calls[k].last = max(calls[k].last, epoch)
                } else {
                    index[buf[i].callID] = calls.count
                    calls.append(Call(id: buf[i].callID, first: epoch, last: epoch))
                }
            }
        }
    }

    var isEmpty: Bool { calls.isEmpty }
    var anyEarlier: Bool { calls.contains { $0.earlier } }

    /// Whether the call had lines before this batch (false for a call not in the batch).
    func hadEarlier(_ callID: String) -> Bool { index[callID].map { calls[$0].earlier } ?? false }

    mutating func markEarlier(_ k: Int) { calls[k].earlier = true }
}

/// The statements over `acd_calls` and the lines of one call.
struct QueueLogCallStatements {
    private let db: Database
    private let probe: RawStatement
    private let upsertMany: RawStatement
    private let upsertOne: RawStatement
    private let span: RawStatement
    private let lines: RawStatement
    private let arena = BindArena()

    /// Statements compiled once per batch.
    init(_ db: Database) throws {
        self.db = db
        probe = try RawStatement(db, "SELECT 1 FROM acd_calls WHERE callid = ?")
        upsertMany = try RawStatement(db, Self.upsertSQL(rows: QueueLogCalls.rowsPerStatement))
        upsertOne = try RawStatement(db, Self.upsertSQL(rows: 1))
        span = try RawStatement(db, "SELECT first_s, last_s FROM acd_calls WHERE callid = ?")
        let callEvents = QueueEventKind.allCases.filter(\.isCallEvent).map { "'\($0.rawValue)'" }
            .joined(separator: ",")
        lines = try RawStatement(
            db,
            "SELECT epoch_s, usec, callid, queue, agent, event, params FROM acd_lines "
                + "WHERE epoch_s >= ? AND epoch_s <= ? AND callid = ? AND event IN (\(callEvents)) ORDER BY seq")
    }

    private static func upsertSQL(rows: Int) -> String {
        "INSERT INTO acd_calls (callid, first_s, last_s) VALUES "
            + Array(repeating: "(?, ?, ?)", count: rows).joined(separator: ", ")
            + " ON CONFLICT (callid) DO UPDATE SET first_s = min(first_s, excluded.first_s), "
            + "last_s = max(last_s, excluded.last_s)"
    }

    /// Whether `acd_calls` knows the call (it had call lines stored before the batch's spans are saved).
    func known(_ callID: String) throws -> Bool {
        probe.bind(1, callID)
        let found = try probe.step(db)
        if found { probe.reset() }
        return found
    }

    /// Widens (or creates) each call's span to cover the batch's lines.
    func save(_ calls: [QueueLogCalls.Call]) throws {
        var start = 0
        while start < calls.count {
            let full = calls.count - start >= QueueLogCalls.rowsPerStatement
            let statement = full ? upsertMany : upsertOne
            let rows = full ? QueueLogCalls.rowsPerStatement : 1
            arena.reset()
            for k in 0..<rows {
                let c = calls[start + k]
                let base = Int32(k * 3)
                arena.bind(statement, base + 1, c.id)
                statement.bind(base + 2, c.first)
                statement.bind(base + 3, c.last)
            }
            try statement.run(db)
            start += rows
        }
    }

    /// Every stored call line of a call, in the order stored (after `save`, so the span covers the batch).
    func load(_ callID: String, into batch: inout [QueueLogRecord]) throws {
        span.bind(1, callID)
        guard try span.step(db) else { return }
        let first = span.int(0)
        let last = span.int(1)
        span.reset()
        lines.bind(1, first)
        lines.bind(2, last)
        lines.bind(3, callID)
        while try lines.step(db) {
            batch.append(
                QueueLogRecord(
                    epoch: lines.int(0), microseconds: Int32(lines.int(1)), callID: lines.text(2),
                    queue: lines.text(3), agent: lines.text(4), event: lines.text(5),
                    params: QueueLogWriter.split(lines.text(6))))
        }
    }
}
