/// A growable byte buffer written through a pointer it owns (no uniqueness or bounds check per byte), with the
/// varints and texts of the store's ACD block layout: unsigned LEB128, signed numbers zigzag-encoded, a text as
/// its UTF-8 length and bytes. The parser writes lines in it and the store writes keys and episodes: one type,
/// so both sides encode the same bytes. Hot methods are `@inlinable`: a bulk import calls them across the
/// module boundary some ten million times, and an outlined varint loop cost 0.2 k instructions a line.
public final class BlockBytes {
    // Unchecked: a property visible outside its file gets a dynamic exclusivity check on every access, which
    // cost more than the whole encoding (measured: 345 M instructions over 200,000 lines). Nothing here hands out
    // an inout reference to them.
    @exclusivity(unchecked) @usableFromInline var base: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) @usableFromInline var capacity: Int
    @exclusivity(unchecked) @usableFromInline var used = 0

    /// An empty buffer with room for `capacity` bytes.
    public init(capacity: Int = 0) {
        self.capacity = max(capacity, 256)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// How many bytes are written.
    @inlinable public var count: Int { used }

    /// The bytes, copied.
    public var array: [UInt8] { Array(UnsafeBufferPointer(start: base, count: used)) }

    /// The bytes from `start` up to `end`, for a comparison (valid until the next write).
    @inlinable public func view(_ start: Int, _ end: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base + start, count: end - start)
    }

    /// Reads the bytes written in place, valid only inside `body`.
    @inlinable public func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: base, count: used))
    }

    /// Makes room for `n` more bytes.
    @inlinable @inline(__always) public func reserve(_ n: Int) {
        if used + n > capacity { grow(used + n) }
    }

    /// Appends one byte; `reserve` first.
    @inlinable @inline(__always) public func append(_ byte: UInt8) {
        base[used] = byte
        used += 1
    }

    /// Bytes as they are; a field is mostly a few bytes, copied without a `memcpy` call (`copySmall`).
    @inlinable @inline(__always) public func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        reserve(bytes.count)
        guard let from = bytes.baseAddress else { return }
        if bytes.count <= 16 {
            Self.copySmall(from, base + used, bytes.count)
        } else {
            (base + used).update(from: from, count: bytes.count)
        }
        used += bytes.count
    }

    /// An unsigned LEB128 varint.
    @inlinable @inline(__always) public func unsigned(_ value: UInt64) {
        reserve(10)
        var v = value
        while v >= 0x80 {
            base[used] = UInt8(truncatingIfNeeded: v) | 0x80
            used += 1
            v >>= 7
        }
        base[used] = UInt8(truncatingIfNeeded: v)
        used += 1
    }

    /// A signed number, zigzag-encoded then as `unsigned`.
    @inlinable @inline(__always) public func signed(_ value: Int64) {
        unsigned(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
    }

    /// The bytes of `range` in `buf` as a text: length, then bytes.
    @inlinable @inline(__always) public func text(_ buf: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        unsigned(UInt64(range.count))
        append(UnsafeBufferPointer(rebasing: buf[range]))
    }

    /// A string as a text.
    @inlinable public func text(_ value: String) {
        var value = value
        value.withUTF8 { text($0, 0..<$0.count) }
    }

    /// Copies up to 16 bytes by two overlapping loads and stores of the widest size that fits (a loop would be
    /// turned into a `memcpy` call by the compiler).
    @inlinable @inline(__always)
    static func copySmall(_ from: UnsafePointer<UInt8>, _ to: UnsafeMutablePointer<UInt8>, _ n: Int) {
        let src = UnsafeRawPointer(from)
        let dst = UnsafeMutableRawPointer(to)
        if n >= 8 {
            let a = src.loadUnaligned(as: UInt64.self)
            let b = src.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
            dst.storeBytes(of: a, as: UInt64.self)
            dst.storeBytes(of: b, toByteOffset: n - 8, as: UInt64.self)
        } else if n >= 4 {
            let a = src.loadUnaligned(as: UInt32.self)
            let b = src.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)
            dst.storeBytes(of: a, as: UInt32.self)
            dst.storeBytes(of: b, toByteOffset: n - 4, as: UInt32.self)
        } else {
            if n > 0 { to[0] = from[0] }
            if n > 1 { to[1] = from[1] }
            if n > 2 { to[2] = from[2] }
        }
    }

    /// Out of line: growing is rare, and keeping it out keeps the inlined appends small.
    @usableFromInline func grow(_ needed: Int) {
        var size = capacity * 2
        while size < needed { size *= 2 }
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
        bigger.update(from: base, count: used)
        base.deallocate()
        base = bigger
        capacity = size
    }
}
