/// Folds queue_log records into call episodes (spec §1.4), tolerating duplicates, out-of-order lines,
/// episodes that never close, orphans whose ENTERQUEUE is missing, and overflow (one call in several queues
/// gives several episodes). Feed it any number of batches; the result is the same whatever the batching
/// as long as a call's lines do not straddle batches out of order.
public struct EpisodeBuilder: Sendable {
    /// Every episode so far, in creation order.
    private(set) var all: [Episode] = []
    /// The line that opened each episode of `all` (same index).
    private(set) var origins: [EpisodeOrigin] = []
    /// The line being applied, whose origin a new episode takes.
    private var applying = EpisodeOrigin(epoch: 0, microseconds: 0, phase: 0)
    /// The episodes of each call, by call number: one probe per line finds the call's episode in the line's
    /// queue and notices re-entry elsewhere while open.
    private var calls: [CallEpisodes] = []
    /// Call numbers by uniqueid, unless the caller numbered the calls (`orderedEpisodes(from:calls:)`).
    private var numbers: [String: Int] = [:]
    /// The call number of each episode of `all`.
    private(set) var callOf: [Int] = []
    /// The call number of the line being applied.
    private var call = 0
    /// DID lines come before their ENTERQUEUE (by call number).
    private var pendingDID: [Int: String] = [:]
    private var seen = QueueLogKeySet()
    /// Records skipped because an identical one was already folded.
    public private(set) var duplicates = 0

    /// An empty builder.
    public init() {}

    /// Builds the episodes of a set of records in one go. `distinct`: the caller already dropped duplicate
    /// lines (a store's unique key did), so no content key is computed here.
    public static func episodes(from records: [QueueLogRecord], distinct: Bool = false) -> [Episode] {
        var builder = EpisodeBuilder()
        builder.add(records, distinct: distinct)
        return builder.episodes
    }

    /// The episodes of records known distinct (see `episodes(from:distinct:)`), ordered as `episodes`, each with
    /// the line that opened it: two such lists of disjoint calls merge by (entry time, origin) into the order
    /// one build over both would give when the second list's lines follow the first's (ties: the first's).
    /// `calls`: the caller's number of each call line's call (any distinct numbers from 0, one per uniqueid),
    /// returned per episode in `callOf`; nil: numbered here.
    public static func orderedEpisodes(from records: [QueueLogRecord], calls: [Int]? = nil) -> (
        episodes: [Episode], origins: [EpisodeOrigin], callOf: [Int]
    ) {
        var builder = EpisodeBuilder()
        builder.add(records, distinct: true, calls: calls)
        let order = builder.order
        // Taken out of the builder and reordered in place: copying each episode into a new array retained and
        // released its seven strings.
        var all: [Episode] = []
        var origins: [EpisodeOrigin] = []
        var callOf: [Int] = []
        swap(&all, &builder.all)
        swap(&origins, &builder.origins)
        swap(&callOf, &builder.callOf)
        if let order {
            Self.permute(&all, order)
            Self.permute(&origins, order)
            Self.permute(&callOf, order)
        }
        return (all, origins, callOf)
    }

    /// Puts `list[order[i]]` at `i` for every `i`, by swaps along each cycle of the permutation.
    static func permute<T>(_ list: inout [T], _ order: [Int]) {
        var done = [Bool](repeating: false, count: order.count)
        list.withUnsafeMutableBufferPointer { buf in
            for start in 0..<order.count where !done[start] {
                var j = start
                while order[j] != start {
                    buf.swapAt(j, order[j])
                    done[j] = true
                    j = order[j]
                }
                done[j] = true
            }
        }
    }

    /// All episodes ordered by entry time (ties keep the log's order).
    public var episodes: [Episode] { order.map { $0.map { all[$0] } } ?? all }

    /// The indices of `all` by entry time then creation, or nil when `all` is in that order already.
    private var order: [Int]? {
        // Entry times read into their own array: iterating the episodes themselves copied each one.
        let entered = all.map(\.enteredAt)
        if zip(entered, entered.dropFirst()).allSatisfy({ $0 <= $1 }) { return nil }
        return entered.indices.sorted { (entered[$0], $0) < (entered[$1], $1) }
    }

    /// Folds a batch: duplicates dropped by content key, then call lines in time order; other lines ignored.
    public mutating func add(_ records: [QueueLogRecord]) { add(records, distinct: false) }

    /// Folds a batch whose lines may be known distinct already (see `episodes(from:distinct:)`).
    mutating func add(_ records: [QueueLogRecord], distinct: Bool, calls given: [Int]? = nil) {
        var order: [Slot] = []
        order.reserveCapacity(records.count)
        if !distinct { seen.reserveCapacity(seen.count + records.count) }
        var entries = 0
        for i in records.indices {
            guard let kind = records[i].kind, kind.isCallEvent else { continue }
            guard distinct || seen.insert(records[i].contentKey) else {
                duplicates += 1
                continue
            }
            if kind == .enterQueue { entries += 1 }
            order.append(
                Slot(epoch: records[i].epoch, microseconds: records[i].microseconds, phase: kind.phase, index: i))
        }
        order.sort()
        // Room for the calls that began before the batch too (an orphan is an episode without an entry): an
        // outgrown list would be copied whole.
        let room = entries + entries / 8 + 64
        all.reserveCapacity(all.count + room)
        origins.reserveCapacity(origins.count + room)
        calls.reserveCapacity(calls.count + room)
        callOf.reserveCapacity(callOf.count + room)
        // Borrowed through the buffer: an array subscript would copy each record (five strings, an array).
        if let given, let most = given.max(), most >= calls.count {
            calls += repeatElement(CallEpisodes(), count: most + 1 - calls.count)
        }
        records.withUnsafeBufferPointer { buf in
            for slot in order {
                applying = EpisodeOrigin(epoch: slot.epoch, microseconds: slot.microseconds, phase: slot.phase)
                call = given?[slot.index] ?? number(buf[slot.index].callID)
                apply(buf[slot.index])
            }
        }
    }

    /// The call number of a uniqueid, a new one for a call not seen yet.
    private mutating func number(_ callID: String) -> Int {
        if let n = numbers[callID] { return n }
        numbers[callID] = calls.count
        calls.append(CallEpisodes())
        return calls.count - 1
    }

    /// Where a line goes in time order, with a stable tiebreak: within one instant enter < ring < connect
    /// < end, then file order. Plain values, so sorting moves no strings.
    struct Slot: Comparable {
        var epoch: Int64
        var microseconds: Int32
        var phase: UInt8
        var index: Int

        static func < (a: Slot, b: Slot) -> Bool {
            (a.epoch, a.microseconds, a.phase, a.index) < (b.epoch, b.microseconds, b.phase, b.index)
        }
    }

    /// One call line.
    mutating func apply(_ r: QueueLogRecord) {
        guard let kind = r.kind else { return }
        switch kind {
        case .did: noteDID(r)
        case .enterQueue: enter(r)
        default:
            let index = episodeIndex(for: r)
            guard all[index].exit == nil else {
                all[index].lateEvents += 1
                return
            }
            Self.fold(r, kind: kind, into: &all[index])
        }
    }

    /// A DID line: remembered for the call's next ENTERQUEUE, or set on an episode already open.
    mutating func noteDID(_ r: QueueLogRecord) {
        guard let did = r.param(0) else { return }
        if let i = calls[call].latest(in: r.queue, all), all[i].isOpen, all[i].did == nil {
            all[i].did = did
        } else {
            pendingDID[call] = did
        }
    }

    /// ENTERQUEUE opens a new episode; an open one of the same call anywhere is superseded.
    mutating func enter(_ r: QueueLogRecord) {
        // Filled in place after it is registered: a local episode was copied into the list.
        let previous = register(Episode(callID: r.callID, queue: r.queue, enteredAt: r.epoch))
        let i = all.count - 1
        all[i].callerID = r.param(1)
        all[i].originalPosition = r.intParam(2)
        if !pendingDID.isEmpty { all[i].did = pendingDID.removeValue(forKey: call) }
        if let previous, all[previous].isOpen, all[previous].supersededAt == nil {
            all[previous].supersededAt = r.epoch
        }
    }

    /// The episode a non-entry line belongs to; an orphan is opened when the log has no ENTERQUEUE for it.
    mutating func episodeIndex(for r: QueueLogRecord) -> Int {
        if let i = calls[call].latest(in: r.queue, all) { return i }
        register(Episode(callID: r.callID, queue: r.queue, enteredAt: Self.inferredEntry(r), hasEnterQueue: false))
        return all.count - 1
    }

    /// Appends an episode of the line's call; returns the call's previous latest episode. The episode is moved
    /// in: a copy retained and released its seven strings.
    @discardableResult
    mutating func register(_ e: consuming Episode) -> Int? {
        all.append(e)
        origins.append(applying)
        callOf.append(call)
        return calls[call].push(all.count - 1)
    }

    /// An orphan's entry time, worked back from the wait or hold time its first line carries.
    static func inferredEntry(_ r: QueueLogRecord) -> Int64 {
        let back: Int
        switch r.kind {
        case .connect: back = r.intParam(0) ?? 0
        case .completeCaller, .completeAgent: back = (r.intParam(0) ?? 0) + (r.intParam(1) ?? 0)
        case .transfer, .blindTransfer: back = (r.intParam(2) ?? 0) + (r.intParam(3) ?? 0)
        case .attendedTransfer:
            let (hold, talk) = attendedTimes(r)
            back = (hold ?? 0) + (talk ?? 0)
        default: back = exitWait(r) ?? 0
        }
        return r.epoch - Int64(max(0, back))
    }
}
