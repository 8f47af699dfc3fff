/// A growable byte buffer written through a pointer it owns (no uniqueness or bounds check per byte), with the
/// varints and texts of the store's line layout: unsigned LEB128, signed numbers zigzag-encoded, a text as its
/// UTF-8 length and bytes.
final class QueueLogBytes {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0

    /// An empty buffer with room for `capacity` bytes.
    init(capacity: Int) {
        self.capacity = max(capacity, 256)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// The bytes, copied.
    var array: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    /// The bytes from `start` up to `end`, for a comparison (valid until the next write).
    func view(_ start: Int, _ end: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base + start, count: end - start)
    }

    @inline(__always) private func reserve(_ n: Int) {
        if count + n > capacity { grow(count + n) }
    }

    func unsigned(_ value: UInt64) {
        reserve(10)
        var v = value
        while v >= 0x80 {
            base[count] = UInt8(truncatingIfNeeded: v) | 0x80
            count += 1
            v >>= 7
        }
        base[count] = UInt8(truncatingIfNeeded: v)
        count += 1
    }

    func signed(_ value: Int64) { unsigned(UInt64(bitPattern: (value << 1) ^ (value >> 63))) }

    /// Bytes as they are; a field is mostly a few bytes, copied without a `memcpy` call (`copySmall`).
    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        reserve(bytes.count)
        guard let from = bytes.baseAddress else { return }
        if bytes.count <= 16 {
            Self.copySmall(from, base + count, bytes.count)
        } else {
            (base + count).update(from: from, count: bytes.count)
        }
        count += bytes.count
    }

    /// Copies up to 16 bytes by two overlapping loads and stores of the widest size that fits (a loop would be
    /// turned into a `memcpy` call by the compiler).
    @inline(__always)
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

    /// The bytes of `range` in `buf` as a text: length, then bytes.
    func text(_ buf: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        unsigned(UInt64(range.count))
        append(UnsafeBufferPointer(rebasing: buf[range]))
    }

    /// A string as a text.
    func text(_ value: String) {
        var value = value
        value.withUTF8 { text($0, 0..<$0.count) }
    }

    private func grow(_ needed: Int) {
        var size = capacity * 2
        while size < needed { size *= 2 }
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
        bigger.update(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity = size
    }
}
