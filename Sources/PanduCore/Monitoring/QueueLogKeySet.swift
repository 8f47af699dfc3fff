/// A set of content keys for duplicate detection: open addressing on the key's own (already mixed) bits,
/// so an insert is one probe into a flat array instead of a SipHash round (a month holds millions of lines).
public struct QueueLogKeySet: Sendable {
    /// Slots hold `high, low` pairs; (0, 0) marks an empty slot, so that one key is tracked apart.
    private var slots: [UInt64] = Array(repeating: 0, count: 2 * 64)
    private var mask = 63
    private var containsZero = false
    public private(set) var count = 0

    /// An empty set.
    public init() {}

    /// Makes room for `capacity` keys without rehashing.
    public mutating func reserveCapacity(_ capacity: Int) {
        var size = mask + 1
        while size < capacity * 2 { size *= 2 }
        if size > mask + 1 { rehash(size) }
    }

    /// Inserts a key; false when it was already there.
    public mutating func insert(_ key: QueueLogKey) -> Bool {
        if key.high == 0 && key.low == 0 {
            defer { containsZero = true }
            return !containsZero
        }
        if (count + 1) * 2 > mask + 1 { rehash((mask + 1) * 2) }
        var i = Int(truncatingIfNeeded: key.low) & mask
        while true {
            let h = slots[2 * i]
            let l = slots[2 * i + 1]
            if h == 0 && l == 0 {
                slots[2 * i] = key.high
                slots[2 * i + 1] = key.low
                count += 1
                return true
            }
            if h == key.high && l == key.low { return false }
            i = (i + 1) & mask
        }
    }

    private mutating func rehash(_ size: Int) {
        let old = slots
        slots = Array(repeating: 0, count: 2 * size)
        mask = size - 1
        count = 0
        for i in stride(from: 0, to: old.count, by: 2) where old[i] != 0 || old[i + 1] != 0 {
            _ = insert(QueueLogKey(high: old[i], low: old[i + 1]))
        }
    }
}
