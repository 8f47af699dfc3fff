import Foundation

/// How instants are stored: INTEGER milliseconds since 1970-01-01T00:00:00Z (UTC by construction).
/// Integers order correctly, compare and bucket fast in SQL (`at / 900000` is a 15-minute interval), and
/// round-trip exactly at millisecond precision; sub-millisecond parts are rounded away on write.
/// Read one in the sqlite3 shell with `strftime('%Y-%m-%dT%H:%M:%fZ', at / 1000.0, 'unixepoch')`.
enum StoredTime {
    /// The stored form of `date`.
    static func milliseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1000).rounded())
    }

    /// The instant a stored value names.
    static func date(_ milliseconds: Int64) -> Date {
        Date(timeIntervalSince1970: Double(milliseconds) / 1000)
    }

    /// `date` as it reads back from the store.
    static func normalized(_ date: Date) -> Date { self.date(milliseconds(date)) }
}
