#if canImport(Glibc)
    import Glibc
#endif

/// The texts of one parsed chunk, interned by their bytes: an open-addressing table keyed by `ByteHash` of the
/// bytes, each hit confirmed against the bytes kept in an arena. A call's uniqueid comes on about
/// three lines, queue and agent names on thousands: each is decoded and allocated once per chunk, then shared
/// (the same bytes always decode to the same `String`, invalid UTF-8 included).
struct QueueLogStrings {
    /// Slot → text number + 1 (0: empty).
    private var slots: [Int32]
    private var mask: Int
    private var hashes: [UInt64] = []
    private(set) var strings: [String] = []
    /// Text `k`'s bytes are `bytes` from `ends[k - 1]` (0 for the first) to `ends[k]`.
    private let bytes = BlockBytes(capacity: 1 << 16)
    private var ends: [Int] = []

    /// An empty table with room for about `capacity` texts.
    init(capacity: Int) {
        var size = 64
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: 0, count: size)
        mask = size - 1
        hashes.reserveCapacity(capacity)
        strings.reserveCapacity(capacity)
        ends.reserveCapacity(capacity)
    }

    /// How many texts are interned.
    var count: Int { hashes.count }

    /// The number of the text of `range` in `buf`, interned now if new.
    mutating func intern(_ buf: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        let text = UnsafeBufferPointer(rebasing: buf[range])
        let h = ByteHash.of(text)
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let s = Int(slots[i])
            if s == 0 { break }
            if hashes[s - 1] == h && equal(s - 1, text) { return s - 1 }
            i = (i + 1) & mask
        }
        let k = hashes.count
        slots[i] = Int32(k + 1)
        hashes.append(h)
        strings.append(String(decoding: text, as: UTF8.self))
        bytes.append(text)
        ends.append(bytes.count)
        if hashes.count * 2 > mask + 1 { rehash() }
        return k
    }

    private func equal(_ k: Int, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        let stored = bytes.view(k == 0 ? 0 : ends[k - 1], ends[k])
        let n = text.count
        guard stored.count == n else { return false }
        guard let a = stored.baseAddress, let b = text.baseAddress else { return true }
        guard n >= 8, n <= 16 else { return memcmp(a, b, n) == 0 }
        // A uniqueid is 8 to 16 bytes: two overlapping words each, without a `memcmp` call.
        let x = UnsafeRawPointer(a)
        let y = UnsafeRawPointer(b)
        return x.loadUnaligned(as: UInt64.self) == y.loadUnaligned(as: UInt64.self)
            && x.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
                == y.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
    }

    private mutating func rehash() {
        let size = (mask + 1) * 2
        slots = Array(repeating: 0, count: size)
        mask = size - 1
        for (k, h) in hashes.enumerated() {
            var i = Int(truncatingIfNeeded: h) & mask
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = Int32(k + 1)
        }
    }
}
