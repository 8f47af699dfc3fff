import GRDBSQLite

/// Blobs bound without a copy: a bulk import binds megabytes of line and episode blocks per batch, which
/// SQLITE_TRANSIENT copied once more (and `[UInt8]` once before that).
extension RawStatement {
    /// Binds bytes as a blob that SQLite reads in place (SQLITE_STATIC): they must stay valid and unchanged
    /// until the statement has run; empty bytes bind an empty blob, not NULL.
    func bind(_ index: Int32, borrowing bytes: UnsafeBufferPointer<UInt8>) {
        if let base = bytes.baseAddress {
            _ = sqlite3_bind_blob(handle, index, base, Int32(bytes.count), nil)
        } else {
            _ = sqlite3_bind_zeroblob(handle, index, 0)
        }
    }
}
