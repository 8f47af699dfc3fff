/// A set of word hashes kept sorted: built once per contact, then asked about every token. A binary
/// search over a few dozen hashes costs less than `Set<UInt64>`, which hashes each hash again (and
/// grows its table several times while a contact's words go in).
struct SortedHashes: Sendable {
    private var hashes: [UInt64] = []

    /// The empty set.
    init() {}

    /// The set of `unsorted` (repeats allowed).
    init(_ unsorted: [UInt64]) {
        var sorted = unsorted
        sorted.sort()
        var n = 0
        for h in sorted where n == 0 || sorted[n - 1] != h {
            sorted[n] = h
            n += 1
        }
        sorted.removeLast(sorted.count - n)
        hashes = sorted
    }

    var isEmpty: Bool { hashes.isEmpty }

    /// Whether `h` is in the set.
    func contains(_ h: UInt64) -> Bool {
        hashes.withUnsafeBufferPointer { a in
            var lo = 0
            var hi = a.count
            while lo < hi {
                let mid = (lo + hi) >> 1
                if a[mid] < h { lo = mid + 1 } else { hi = mid }
            }
            return lo < a.count && a[lo] == h
        }
    }
}
