import Foundation
import GRDB

/// Migration "v4-acd-blocks": queue_log lines and call episodes are stored in blocks, one row per 15-minute
/// bucket (lines: per bucket, kind and part) instead of one row per line and per episode, so an import of a
/// million lines writes a few thousand rows. `acd_line_blocks` holds the lines of one bucket and kind (1 for
/// agent-side events, 0 for the rest) in the order stored, with their (time, content hash) keys in a blob of
/// their own for the duplicate check; `acd_episode_blocks` holds the episodes entered in one bucket, ordered by
/// entry time then the order stored. `acd_calls` spans also cover their episodes' entry times, so a rebuilt
/// call finds its old episodes. The v3 rows are converted here and their tables dropped. The byte layout is
/// `AcdBlockWriter`'s, written out again below: a migration never depends on app types.
extension StoreSchema {
    static func acdBlocksMigration(_ db: Database) throws {
        try db.create(table: "acd_line_blocks") { t in
            t.primaryKey("id", .integer)
            t.column("bucket_s", .integer).notNull()
            t.column("kind", .integer).notNull()
            t.column("count", .integer).notNull()
            t.column("keys", .blob).notNull()
            t.column("body", .blob).notNull()
        }
        try db.create(index: "acd_line_blocks_bucket", on: "acd_line_blocks", columns: ["bucket_s", "kind"])
        try db.create(table: "acd_episode_blocks") { t in
            t.primaryKey("bucket_s", .integer)
            t.column("count", .integer).notNull()
            t.column("last_s", .integer).notNull()
            t.column("body", .blob).notNull()
        }
        try db.execute(
            sql: "INSERT INTO acd_calls (callid, first_s, last_s) SELECT callid, MIN(entered_s), MAX(entered_s) "
                + "FROM acd_episodes WHERE true GROUP BY callid ON CONFLICT (callid) DO UPDATE SET "
                + "first_s = min(first_s, excluded.first_s), last_s = max(last_s, excluded.last_s)")
        try convertV3Lines(db)
        try convertV3Episodes(db)
        try db.execute(sql: "DROP TABLE acd_lines")
        try db.execute(sql: "DROP TABLE acd_episodes")
    }

    /// The agent-side events (block kind 1) when this migration shipped.
    private static let v4MemberEvents: Set<String> = [
        "ADDMEMBER", "REMOVEMEMBER", "PAUSE", "UNPAUSE", "PAUSEALL", "UNPAUSEALL", "AGENTLOGIN", "AGENTLOGOFF",
        "AGENTCALLBACKLOGIN", "AGENTCALLBACKLOGOFF", "PAUSEREASON",
    ]

    private static func v4Bucket(_ t: Int64) -> Int64 {
        let r = t % 900
        return r < 0 ? t - r - 900 : t - r
    }

    /// Every v3 line into one block per bucket and kind, in the order stored.
    private static func convertV3Lines(_ db: Database) throws {
        let insert = try db.makeStatement(
            sql: "INSERT INTO acd_line_blocks (bucket_s, kind, count, keys, body) VALUES (?, ?, ?, ?, ?)")
        var bucket: Int64?
        var blocks = [V4Block(), V4Block()]
        func flush() throws {
            for kind in blocks.indices where blocks[kind].count > 0 {
                try insert.execute(arguments: [
                    bucket, kind, blocks[kind].count, Data(blocks[kind].keys.bytes), Data(blocks[kind].body.bytes),
                ])
                blocks[kind] = V4Block()
            }
        }
        let rows = try Row.fetchCursor(
            db,
            sql: "SELECT epoch_s, hash, seq, usec, callid, queue, agent, event, params FROM acd_lines "
                + "ORDER BY epoch_s - ((epoch_s % 900) + 900) % 900, seq")
        while let row = try rows.next() {
            let epoch: Int64 = row[0]
            let b = v4Bucket(epoch)
            if b != bucket {
                try flush()
                bucket = b
            }
            let event: String = row[7]
            let kind = v4MemberEvents.contains(event) ? 1 : 0
            blocks[kind].count += 1
            blocks[kind].keys.key(epoch: epoch, low: row[1])
            let body = { (w: inout V4Bytes) in
                w.signed(row[2])
                w.signed(epoch)
                w.signed(row[3])
                for column in 4...7 { w.text(row[column]) }
                let params: String = row[8]
                let parts = params.isEmpty ? [] : params.split(separator: "|", omittingEmptySubsequences: false)
                w.unsigned(UInt64(parts.count))
                for p in parts { w.text(String(p)) }
            }
            body(&blocks[kind].body)
        }
        try flush()
    }

    /// Every v3 episode into its bucket's block, by entry time then id.
    private static func convertV3Episodes(_ db: Database) throws {
        let insert = try db.makeStatement(
            sql: "INSERT INTO acd_episode_blocks (bucket_s, count, last_s, body) VALUES (?, ?, ?, ?)")
        let columns = [
            "callid", "queue", "entered_s", "has_enter", "caller_id", "did", "connected_s", "member", "wait_s",
            "ring_s", "talk_s", "ended_s", "exit", "exit_key", "transfer_target", "superseded_s", "ring_no_answers",
            "ring_cancels", "late_events", "original_position", "exit_position",
        ]
        var bucket: Int64?
        var last: Int64 = 0
        var block = V4Block()
        func flush() throws {
            guard block.count > 0 else { return }
            try insert.execute(arguments: [bucket, block.count, last, Data(block.body.bytes)])
            block = V4Block()
        }
        let rows = try Row.fetchCursor(
            db, sql: "SELECT \(columns.joined(separator: ", ")) FROM acd_episodes ORDER BY entered_s, id")
        while let row = try rows.next() {
            let entered: Int64 = row[2]
            if v4Bucket(entered) != bucket {
                try flush()
                bucket = v4Bucket(entered)
            }
            last = entered
            block.count += 1
            for column in columns.indices { block.body.tagged(row[column] as DatabaseValue) }
        }
        try flush()
    }
}

/// One block being converted.
private struct V4Block {
    var count = 0
    var keys = V4Bytes()
    var body = V4Bytes()
}

/// The v4 block layout as this migration writes it (see `AcdBlockWriter`, which must write the same bytes).
private struct V4Bytes {
    var bytes: [UInt8] = []

    mutating func unsigned(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(truncatingIfNeeded: v))
    }

    mutating func signed(_ value: Int64) { unsigned(UInt64(bitPattern: (value << 1) ^ (value >> 63))) }

    mutating func text(_ value: String) {
        let utf8 = Array(value.utf8)
        unsigned(UInt64(utf8.count))
        bytes.append(contentsOf: utf8)
    }

    mutating func key(epoch: Int64, low: Int64) {
        withUnsafeBytes(of: epoch.littleEndian) { bytes.append(contentsOf: $0) }
        withUnsafeBytes(of: low.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// 0 null, 1 integer, 2 text.
    mutating func tagged(_ value: DatabaseValue) {
        switch value.storage {
        case .null: bytes.append(0)
        case .int64(let v):
            bytes.append(1)
            signed(v)
        case .double(let v):
            bytes.append(1)
            signed(Int64(v))
        case .string(let s):
            bytes.append(2)
            text(s)
        case .blob(let d):
            bytes.append(2)
            text(String(decoding: d, as: UTF8.self))
        }
    }
}
