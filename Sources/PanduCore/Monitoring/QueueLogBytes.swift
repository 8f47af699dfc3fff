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

    /// Bytes as they are.
    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        reserve(bytes.count)
        if let from = bytes.baseAddress { (base + count).update(from: from, count: bytes.count) }
        count += bytes.count
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
