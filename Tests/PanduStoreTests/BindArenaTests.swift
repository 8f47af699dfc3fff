import GRDB
import Testing

@testable import PanduStore

/// `BindArena`: texts bound in place read back exactly, across rows, joined, empty, and when a row does
/// not fit the arena (bound by copy instead).
@Suite struct BindArenaTests {
    /// Inserts rows of (a, b, joined c) through one statement and one arena; returns what SQLite stored.
    func roundTrip(_ rows: [(String, String, [String])], capacity: Int) throws -> [[String]] {
        let queue = try DatabaseQueue()
        return try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (a TEXT NOT NULL, b TEXT NOT NULL, c TEXT NOT NULL)")
            let insert = try RawStatement(db, "INSERT INTO t (a, b, c) VALUES (?, ?, ?)")
            let arena = BindArena(capacity: capacity)
            for (a, b, c) in rows {
                arena.reset()
                arena.bind(insert, 1, a)
                arena.bind(insert, 2, b)
                arena.bind(insert, 3, joining: c, separator: UInt8(ascii: "|"))
                try insert.run(db)
            }
            return try Row.fetchAll(db, sql: "SELECT a, b, c FROM t ORDER BY rowid").map { [$0[0], $0[1], $0[2]] }
        }
    }

    static let rows: [(String, String, [String])] = [
        ("1794017711.378970", "108", ["8", "1794017711.3789701", "4"]),
        ("", "NONE", []),
        ("Sathish Kumar Rao", "antrian-ü", ["", "x", ""]),
        ("c2", "q", ["only"]),
    ]

    @Test func rowsReadBackExactly() throws {
        let stored = try roundTrip(Self.rows, capacity: 1 << 16)
        #expect(
            stored == [
                ["1794017711.378970", "108", "8|1794017711.3789701|4"], ["", "NONE", ""],
                ["Sathish Kumar Rao", "antrian-ü", "|x|"], ["c2", "q", "only"],
            ])
    }

    @Test func rowsLargerThanTheArenaAreCopied() throws {
        #expect(try roundTrip(Self.rows, capacity: 8) == (try roundTrip(Self.rows, capacity: 1 << 16)))
    }
}
