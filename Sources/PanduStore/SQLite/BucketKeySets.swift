import PanduCore

/// The duplicate check of one import batch: the content keys (stored and new) of each 15-minute bucket the
/// batch touches, in a set per bucket. A batch's lines come in time order, so one small set is probed at a
/// time and stays in the processor's cache; a single set for the whole batch (several MB) took a cache miss
/// on nearly every line, which made it the writer's costliest step in `perf` (4 % of an import's samples).
struct BucketKeySets {
    private var sets: [QueueLogKeySet] = []
    private var index: [Int64: Int] = [:]
    /// The set used last: consecutive lines are mostly in one bucket.
    private var last: (bucket: Int64, at: Int)?

    /// An empty check.
    init() {}

    /// Makes room for `count` more keys in `bucket`'s set.
    mutating func reserve(_ count: Int, in bucket: Int64) {
        let at = place(bucket)
        sets[at].reserveCapacity(sets[at].count + count)
    }

    /// Inserts `key`, which belongs to `bucket`; false when it was there already.
    mutating func insert(_ key: QueueLogKey, in bucket: Int64) -> Bool {
        let at: Int
        if let last, last.bucket == bucket {
            at = last.at
        } else {
            at = place(bucket)
            last = (bucket, at)
        }
        return sets[at].insert(key)
    }

    private mutating func place(_ bucket: Int64) -> Int {
        if let known = index[bucket] { return known }
        index[bucket] = sets.count
        sets.append(QueueLogKeySet())
        return sets.count - 1
    }
}
