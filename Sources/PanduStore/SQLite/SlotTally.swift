import Foundation
import PanduCore

/// The additive KPI counts of one queue and 15-minute slot, kept in `acd_slot_counts` and updated at import
/// (new episodes added, replaced ones subtracted), so a month's KPIs read a few thousand rows instead of a
/// million episodes. Waits are kept as histograms (seconds → calls), so any threshold and the maximum can be
/// worked out when reading, and subtraction stays exact.
struct SlotTally: Equatable, Sendable {
    /// offered, answered, abandoned, timeouts, key, empty, withdraw, agentdump, syscompat, transfers,
    /// completed, handled, open, waiting, sum wait answered, sum wait abandoned, sum talk.
    var fixed = [Int](repeating: 0, count: 17)
    var answeredWaits: [Int: Int] = [:]
    var abandonedWaits: [Int: Int] = [:]

    var isEmpty: Bool { fixed.allSatisfy { $0 == 0 } && answeredWaits.isEmpty && abandonedWaits.isEmpty }

    /// Adds (`sign` 1) or removes (`sign` -1) one episode, exactly as `KPICounts.add` counts it.
    mutating func add(_ e: Episode, sign: Int) {
        fixed[0] += sign
        if e.exit == nil {
            fixed[12] += sign
            if e.isWaiting { fixed[13] += sign }
        }
        let wait = e.waitSeconds ?? 0
        if e.isAnswered {
            fixed[1] += sign
            fixed[14] += sign * wait
            bump(&answeredWaits, wait, sign)
            if let exit = e.exit, exit.isHandled {
                if exit.isTransfer { fixed[9] += sign } else { fixed[10] += sign }
                if let talk = e.talkSeconds {
                    fixed[11] += sign
                    fixed[16] += sign * talk
                }
            }
        }
        switch e.exit {
        case .abandon?:
            fixed[2] += sign
            fixed[15] += sign * wait
            bump(&abandonedWaits, wait, sign)
        case .timeout?: fixed[3] += sign
        case .key?: fixed[4] += sign
        case .empty?: fixed[5] += sign
        case .withdraw?: fixed[6] += sign
        case .agentDump?: fixed[7] += sign
        case .sysCompat?: if !e.isAnswered { fixed[8] += sign }
        default: break
        }
    }

    mutating func add(_ other: SlotTally) {
        for i in fixed.indices { fixed[i] += other.fixed[i] }
        for (w, n) in other.answeredWaits { bump(&answeredWaits, w, n) }
        for (w, n) in other.abandonedWaits { bump(&abandonedWaits, w, n) }
    }

    private func bump(_ h: inout [Int: Int], _ wait: Int, _ n: Int) {
        let v = h[wait, default: 0] + n
        h[wait] = v == 0 ? nil : v
    }

    /// The counts for `thresholds`.
    func counts(thresholds: [Int]) -> KPICounts {
        var c = KPICounts(thresholds: thresholds)
        c.offered = fixed[0]
        c.answered = fixed[1]
        c.abandoned = fixed[2]
        c.timeouts = fixed[3]
        c.exitsByKey = fixed[4]
        c.exitsEmpty = fixed[5]
        c.withdrawals = fixed[6]
        c.agentDumps = fixed[7]
        c.sysCompats = fixed[8]
        c.transfers = fixed[9]
        c.completed = fixed[10]
        c.handled = fixed[11]
        c.open = fixed[12]
        c.waiting = fixed[13]
        c.sumWaitAnswered = fixed[14]
        c.sumWaitAbandoned = fixed[15]
        c.sumTalk = fixed[16]
        c.maxWaitAnswered = answeredWaits.keys.max().map { max(0, $0) } ?? 0
        for (i, t) in thresholds.enumerated() {
            c.answeredWithin[i] = answeredWaits.reduce(0) { $0 + ($1.key <= t ? $1.value : 0) }
            c.abandonedWithin[i] = abandonedWaits.reduce(0) { $0 + ($1.key <= t ? $1.value : 0) }
        }
        return c
    }

    /// `n,n,…;wait:n wait:n;wait:n`: compact text, read back by `init(text:)`.
    var text: String {
        let h = { (d: [Int: Int]) in d.keys.sorted().map { "\($0):\(d[$0]!)" }.joined(separator: " ") }
        return fixed.map(String.init).joined(separator: ",") + ";" + h(answeredWaits) + ";" + h(abandonedWaits)
    }

    init() {}

    /// Reads `text` back, byte by byte: a month's report reads thousands of tallies, and splitting them as
    /// Swift `Character`s cost most of the report's time.
    init?(text: String) {
        var text = text
        guard let parsed = text.withUTF8({ Self.parse($0) }) else { return nil }
        self = parsed
    }

    private static func parse(_ buf: UnsafeBufferPointer<UInt8>) -> SlotTally? {
        var tally = SlotTally()
        var i = 0
        for k in 0..<tally.fixed.count {
            guard let n = number(buf, &i) else { return nil }
            tally.fixed[k] = n
            let separator = k == tally.fixed.count - 1 ? UInt8(ascii: ";") : UInt8(ascii: ",")
            guard i < buf.count, buf[i] == separator else { return nil }
            i += 1
        }
        guard let answered = histogram(buf, &i, end: UInt8(ascii: ";")), i < buf.count else { return nil }
        i += 1
        guard let abandoned = histogram(buf, &i, end: nil), i == buf.count else { return nil }
        tally.answeredWaits = answered
        tally.abandonedWaits = abandoned
        return tally
    }

    /// `wait:n wait:n` up to `end` (left at `end`), or to the end of the text when `end` is nil.
    private static func histogram(_ buf: UnsafeBufferPointer<UInt8>, _ i: inout Int, end: UInt8?) -> [Int: Int]? {
        var d: [Int: Int] = [:]
        while i < buf.count, buf[i] != end {
            if buf[i] == UInt8(ascii: " ") {
                i += 1
                continue
            }
            guard let k = number(buf, &i), i < buf.count, buf[i] == UInt8(ascii: ":") else { return nil }
            i += 1
            guard let v = number(buf, &i) else { return nil }
            d[k] = v
        }
        return d
    }

    /// A decimal integer with an optional minus sign at `i`; `i` is left after it.
    private static func number(_ buf: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> Int? {
        var negative = false
        if i < buf.count, buf[i] == UInt8(ascii: "-") {
            negative = true
            i += 1
        }
        let start = i
        var value = 0
        while i < buf.count, buf[i] >= UInt8(ascii: "0"), buf[i] <= UInt8(ascii: "9"), i - start < 18 {
            value = value * 10 + Int(buf[i] - UInt8(ascii: "0"))
            i += 1
        }
        guard i > start else { return nil }
        return negative ? -value : value
    }
}

/// Changes to slot tallies gathered over one import batch, written once per slot at its end.
struct SlotTallyDelta: Sendable {
    /// Queue, slot start, and whether the episodes are orphans (no ENTERQUEUE: kept apart).
    struct Key: Hashable, Sendable {
        var queue: String
        var slot: Int64
        var orphan: Bool
    }

    static let slotSeconds: Int64 = 900
    /// Each key's change, in the order the keys first came; `index` finds a key's place.
    private var keys: [Key] = []
    private var tallies: [SlotTally] = []
    private var index: [Key: Int] = [:]
    /// The places of the keys used last: episodes come by entry time, so most share the slot and one of a few
    /// queues with a recent one, and are added without hashing a key.
    private var recent: (Int, Int, Int, Int) = (-1, -1, -1, -1)

    /// Every key's change.
    var changes: [(key: Key, change: SlotTally)] { zip(keys, tallies).map { ($0, $1) } }

    /// Counts episode `e` in its slot's tally, `sign` +1 to add it and -1 to take it out. Inlined into the batch's
    /// pass over its episodes (see `EncodedEpisodes.init`).
    @inline(__always) mutating func add(_ e: borrowing Episode, sign: Int) {
        let slot = e.enteredAt - Self.floorMod(e.enteredAt)
        let orphan = !e.hasEnterQueue
        let at: Int
        if holds(recent.0, slot, orphan, e.queue) {
            at = recent.0
        } else if holds(recent.1, slot, orphan, e.queue) {
            at = recent.1
        } else if holds(recent.2, slot, orphan, e.queue) {
            at = recent.2
        } else if holds(recent.3, slot, orphan, e.queue) {
            at = recent.3
        } else {
            let key = Key(queue: e.queue, slot: slot, orphan: orphan)
            if let known = index[key] {
                at = known
            } else {
                at = keys.count
                index[key] = at
                keys.append(key)
                tallies.append(SlotTally())
            }
            recent = (at, recent.0, recent.1, recent.2)
        }
        tallies[at].add(e, sign: sign)
    }

    /// Whether place `k` (-1: none) is the key of these parts.
    private func holds(_ k: Int, _ slot: Int64, _ orphan: Bool, _ queue: String) -> Bool {
        k >= 0 && keys[k].slot == slot && keys[k].orphan == orphan && keys[k].queue == queue
    }

    static func floorMod(_ v: Int64) -> Int64 {
        let r = v % slotSeconds
        return r < 0 ? r + slotSeconds : r
    }
}
