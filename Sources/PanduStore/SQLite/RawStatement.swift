import GRDB
import GRDBSQLite

/// A prepared statement bound through SQLite's C API: no `StatementArguments` array per row, so a bulk
/// import of a million queue_log lines allocates nothing per line here. Text is copied by SQLite
/// (SQLITE_TRANSIENT) so Swift strings need not outlive the call.
struct RawStatement {
    let statement: Statement
    var handle: OpaquePointer { statement.sqliteStatement }
    /// SQLite's "copy the bytes now" destructor, which Swift does not import as a constant.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    /// Compiles `sql` on the connection; `cached`: once per connection (GRDB's statement cache), for the
    /// long multi-row statements an import compiles for every batch otherwise.
    init(_ db: Database, _ sql: String, cached: Bool = false) throws {
        statement = cached ? try db.cachedStatement(sql: sql) : try db.makeStatement(sql: sql)
    }

    func bind(_ index: Int32, _ value: Int64) { sqlite3_bind_int64(handle, index, value) }

    func bind(_ index: Int32, _ value: Int?) {
        if let value {
            sqlite3_bind_int64(handle, index, Int64(value))
        } else {
            sqlite3_bind_null(handle, index)
        }
    }

    func bind(_ index: Int32, _ value: Int64?) {
        if let value {
            sqlite3_bind_int64(handle, index, value)
        } else {
            sqlite3_bind_null(handle, index)
        }
    }

    func bind(_ index: Int32, _ value: String?) {
        guard var value else {
            sqlite3_bind_null(handle, index)
            return
        }
        value.withUTF8 { buf in
            _ = sqlite3_bind_text(
                handle, index, UnsafeRawPointer(buf.baseAddress!).assumingMemoryBound(to: CChar.self),
                Int32(buf.count), Self.transient)
        }
    }

    /// Binds bytes as a blob (copied by SQLite); an empty array binds an empty blob, not NULL.
    func bind(_ index: Int32, bytes: [UInt8]) {
        bytes.withUnsafeBytes { buf in
            if let base = buf.baseAddress {
                _ = sqlite3_bind_blob(handle, index, base, Int32(buf.count), Self.transient)
            } else {
                _ = sqlite3_bind_zeroblob(handle, index, 0)
            }
        }
    }

    /// A blob column of the current row, valid until the statement steps or resets.
    func blob(_ column: Int32) -> AcdBlockReader {
        let p = sqlite3_column_blob(handle, column)
        let n = Int(sqlite3_column_bytes(handle, column))
        return AcdBlockReader(p?.assumingMemoryBound(to: UInt8.self), count: n)
    }

    /// Runs the statement once and resets it; the number of rows changed.
    @discardableResult
    func run(_ db: Database) throws -> Int {
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        guard code == SQLITE_DONE || code == SQLITE_ROW else {
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code),
                message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
                sql: statement.sql)
        }
        return Int(sqlite3_changes(db.sqliteConnection))
    }

    /// Steps once: true while a row is available (read it with `int`/`text`); resets at the end.
    func step(_ db: Database) throws -> Bool {
        let code = sqlite3_step(handle)
        if code == SQLITE_ROW { return true }
        sqlite3_reset(handle)
        guard code == SQLITE_DONE else {
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code),
                message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
                sql: statement.sql)
        }
        return false
    }

    /// Abandons a half-read result.
    func reset() { sqlite3_reset(handle) }

    func int(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }

    func optionalInt(_ column: Int32) -> Int64? {
        sqlite3_column_type(handle, column) == SQLITE_NULL ? nil : sqlite3_column_int64(handle, column)
    }

    func text(_ column: Int32) -> String {
        guard let p = sqlite3_column_text(handle, column) else { return "" }
        let n = Int(sqlite3_column_bytes(handle, column))
        return String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF8.self)
    }

    func optionalText(_ column: Int32) -> String? {
        sqlite3_column_type(handle, column) == SQLITE_NULL ? nil : text(column)
    }
}
