import PanduCore
import Testing

@testable import PanduStore

/// `BucketKeySets`, the writer's duplicate check: a key is new once per bucket, whichever order the buckets
/// come in, and the same low word at another time is another key.
@Suite struct BucketKeySetsTests {
    static func key(_ epoch: Int64, _ low: UInt64) -> QueueLogKey {
        QueueLogKey(high: UInt64(bitPattern: epoch), low: low)
    }

    @Test func aKeyIsNewOnceWhicheverOrderTheBucketsComeIn() {
        var sets = BucketKeySets()
        // Buckets 0, 900, 0, 1800, 900: the set used last is not the one each repeat belongs to.
        let keys: [(Int64, UInt64)] = [(10, 1), (905, 2), (10, 1), (1_805, 3), (905, 2), (11, 1), (10, 4)]
        let fresh = keys.map { sets.insert(Self.key($0.0, $0.1), in: AcdBuckets.bucket($0.0)) }
        #expect(fresh == [true, true, false, true, false, true, true])
    }

    @Test func roomMadeAheadKeepsEveryKey() {
        var sets = BucketKeySets()
        sets.reserve(3, in: 0)
        // More keys than the room made: the set grows and forgets none.
        let first = (1...5_000).filter { sets.insert(Self.key(Int64($0 % 900), UInt64($0)), in: 0) }
        let again = (1...5_000).filter { sets.insert(Self.key(Int64($0 % 900), UInt64($0)), in: 0) }
        #expect(first.count == 5_000)
        #expect(again.isEmpty)
    }

    @Test func theZeroKeyIsSeenOnce() {
        // (0, 0) also marks an empty slot in the table, so the set keeps it apart: it must still be a duplicate.
        var sets = BucketKeySets()
        let fresh = [sets.insert(Self.key(0, 0), in: 0), sets.insert(Self.key(0, 0), in: 0)]
        #expect(fresh == [true, false])
    }
}
