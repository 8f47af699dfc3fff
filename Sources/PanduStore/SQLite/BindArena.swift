import GRDBSQLite

/// Scratch memory for one row's text parameters, bound with SQLITE_STATIC: SQLite reads the bytes in place
/// instead of copying each string into a fresh allocation (a million-line import binds six texts a line).
/// The memory is never moved or grown, so every pointer bound since the last `reset()` stays valid; a row
/// that does not fit is bound the copying way. Rebind every text parameter after `reset()` before stepping.
final class BindArena {
    private let base: UnsafeMutableRawPointer
    private let capacity: Int
    private var used = 0
    /// SQLite's "copy the bytes now" destructor, for values that do not fit.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    /// An arena of `capacity` bytes.
    init(capacity: Int = 1 << 16) {
        self.capacity = capacity
        base = .allocate(byteCount: capacity, alignment: 8)
    }

    deinit { base.deallocate() }

    /// Starts a new row: earlier bindings must not be stepped again.
    func reset() { used = 0 }

    /// Binds `parts` joined by `separator` as one text parameter.
    func bind(_ s: RawStatement, _ index: Int32, joining parts: [String], separator: UInt8) {
        var length = max(0, parts.count - 1)
        for p in parts { length += p.utf8.count }
        guard used + length <= capacity else {
            s.bind(index, parts.joined(separator: String(UnicodeScalar(separator))))
            return
        }
        let start = base + used
        var at = start
        for (k, p) in parts.enumerated() {
            if k > 0 {
                at.storeBytes(of: separator, as: UInt8.self)
                at += 1
            }
            at += copy(p, to: at)
        }
        used += length
        sqlite3_bind_text(s.handle, index, start.assumingMemoryBound(to: CChar.self), Int32(length), nil)
    }

    /// Binds one text parameter.
    func bind(_ s: RawStatement, _ index: Int32, _ value: String) {
        let length = value.utf8.count
        guard used + length <= capacity else {
            s.bind(index, value)
            return
        }
        let start = base + used
        used += copy(value, to: start)
        sqlite3_bind_text(s.handle, index, start.assumingMemoryBound(to: CChar.self), Int32(length), nil)
    }

    /// Copies the UTF-8 bytes of `value` to `target`; returns how many.
    private func copy(_ value: String, to target: UnsafeMutableRawPointer) -> Int {
        // A native string lends its bytes in place; only a bridged or small one is copied to a variable first
        // (`withUTF8` is mutating, so calling it straight away copied every string, a retain and a release).
        func write(_ buf: UnsafeBufferPointer<UInt8>) -> Int {
            if let from = buf.baseAddress { target.copyMemory(from: from, byteCount: buf.count) }
            return buf.count
        }
        if let copied = value.utf8.withContiguousStorageIfAvailable(write) { return copied }
        var value = value
        return value.withUTF8(write)
    }
}
