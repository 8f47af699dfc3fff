/// Computes `KPIRow`s from call episodes in one pass over the episodes of each interval (spec §3).
///
/// Formula decisions (E offered, A answered, Ab ABANDON, Ab≤s short abandons, X other exits):
/// - Every ENTERQUEUE is offered, whatever its exit, and open episodes too (a call still waiting has been
///   received; it counts as neither answered nor abandoned until it ends).
/// - EXITWITHTIMEOUT, EXITWITHKEY, EXITEMPTY, WITHDRAW, AGENTDUMP and SYSCOMPAT are separate counts, never
///   abandons: they stay in E (so they lower `sl_regulator`, `sl_<T>`, `sl_offered_<T>` and are outside
///   `abandon_rate`), and are absent from Asterisk's `sl_answered` and `sl2`, which use A and Ab only.
///   `unanswered_rate` = (Ab + timeouts) / E is the Asternic-style view that counts timeouts as lost.
/// - "Within T" is inclusive (wait ≤ T) as in Asterisk; a short abandon is an ABANDON with waittime ≤ s.
/// - A zero denominator gives a nil value, never NaN.
public struct KPICalculator: Sendable {
    public var config: KPIConfig

    /// A calculator with the given formula parameters.
    public init(config: KPIConfig = KPIConfig()) { self.config = config }

    /// One row for `[span.start, span.end)`.
    public func row(
        _ episodes: [Episode], queues: Set<String>? = nil, span: TimeSpan, handling: HandlingInput = HandlingInput(),
        trunks: [TrunkCounts] = []
    ) -> KPIRow {
        rows(episodes, queues: queues, grid: IntervalGrid(spans: [span]), handling: handling, trunks: trunks)[0]
    }

    /// One row per grid interval. Episodes sorted by entry time (as `EpisodeBuilder` returns them) are read
    /// once per interval; unsorted input is sorted first.
    public func rows(
        _ episodes: [Episode], queues: Set<String>? = nil, grid: IntervalGrid,
        handling: HandlingInput = HandlingInput(), trunks: [TrunkCounts] = []
    ) -> [KPIRow] {
        let source = config.mergeOverflow ? OverflowMerger.merge(Self.filter(episodes, queues)) : episodes
        let order = Self.order(source, queues: config.mergeOverflow ? nil : queues)
        let handlingStarts = handling.perInterval.keys.sorted()
        let trunkSorted = trunks.sorted { $0.start < $1.start }
        var rows: [KPIRow] = []
        rows.reserveCapacity(grid.spans.count)
        for span in grid.spans {
            let (counts, perCall) = count(source, order, in: span, handling: handling)
            let h = sum(handlingStarts, in: span, handling.perInterval) + perCall
            let trunk = sum(trunkSorted, in: span)
            rows.append(row(counts: counts, span: span, queues: queues.map(Array.init) ?? [], handling: h, trunk: trunk))
        }
        flagSCR(&rows)
        return rows
    }

    /// A row from counts kept earlier (e.g. stored per 15 minutes and merged with `KPICounts.merge`), so a
    /// month's report needs no episode. The counts must have been kept with this calculator's thresholds.
    public func row(
        counts: KPICounts, span: TimeSpan, queues: [String] = [], handling: HandlingSeconds = HandlingSeconds(),
        trunk: TrunkCounts? = nil
    ) -> KPIRow {
        let measures = KPIMeasures(config: config).measures(counts, handling: handling, trunk: trunk)
        return KPIRow(
            span: span, queues: queues.sorted(), counts: counts, handling: handling, trunk: trunk, measures: measures)
    }

    /// Empty counts with the thresholds this calculator keeps, to merge stored counts into.
    public func emptyCounts() -> KPICounts { KPICounts(thresholds: config.countedThresholds) }

    /// The episodes of the chosen queues (all when nil).
    static func filter(_ episodes: [Episode], _ queues: Set<String>?) -> [Episode] {
        queues.map { q in episodes.filter { q.contains($0.queue) } } ?? episodes
    }

    /// Indices of the chosen queues' episodes in entry order; indices, so no episode is copied.
    static func order(_ episodes: [Episode], queues: Set<String>?) -> [Int] {
        var order =
            queues.map { q in episodes.indices.filter { q.contains(episodes[$0].queue) } } ?? Array(episodes.indices)
        let sorted = zip(order, order.dropFirst()).allSatisfy { episodes[$0].enteredAt <= episodes[$1].enteredAt }
        if !sorted { order.sort { (episodes[$0].enteredAt, $0) < (episodes[$1].enteredAt, $1) } }
        return order
    }

    /// The counts of the episodes entered in the span, and the per-call hold and ACW of its handled calls.
    func count(
        _ episodes: [Episode], _ order: [Int], in span: TimeSpan, handling: HandlingInput
    )
        -> (KPICounts, HandlingSeconds)
    {
        var counts = KPICounts(thresholds: config.countedThresholds)
        var extra = HandlingSeconds()
        var i = Self.lowerBound(order.count) { episodes[order[$0]].enteredAt < span.start }
        while i < order.count, episodes[order[i]].enteredAt < span.end {
            let k = order[i]
            i += 1
            guard episodes[k].hasEnterQueue || config.includeOrphans else {
                counts.orphansSkipped += 1
                continue
            }
            counts.add(episodes[k])
            if !handling.perCall.isEmpty, episodes[k].exit?.isHandled == true,
                let h = handling.perCall[episodes[k].callID]
            {
                extra = extra + h
            }
        }
        return (counts, extra)
    }

    /// Per-interval hold and ACW whose interval start falls in the span.
    func sum(_ starts: [Int64], in span: TimeSpan, _ values: [Int64: HandlingSeconds]) -> HandlingSeconds {
        var total = HandlingSeconds()
        var i = Self.lowerBound(starts.count) { starts[$0] < span.start }
        while i < starts.count, starts[i] < span.end {
            total = total + values[starts[i]]!
            i += 1
        }
        return total
    }

    /// Trunk counts whose interval start falls in the span; nil when there are none.
    func sum(_ trunks: [TrunkCounts], in span: TimeSpan) -> TrunkCounts? {
        var total: TrunkCounts?
        var i = Self.lowerBound(trunks.count) { trunks[$0].start < span.start }
        while i < trunks.count, trunks[i].start < span.end {
            total = total.map { $0.adding(trunks[i]) } ?? trunks[i]
            i += 1
        }
        return total
    }

    /// Raises `scrWarning` where SCR is below target or fell by `scrDropAlert` from the previous row while
    /// SL looked fine (regulator SL at or above target, or no calls at all: every call blocked is the worst
    /// case of SL hiding an access problem).
    func flagSCR(_ rows: inout [KPIRow]) {
        guard let slTarget = config.slTarget else { return }
        var previous: Double?
        for i in rows.indices {
            guard let scr = rows[i].value("scr") else {
                previous = nil
                continue
            }
            let slFine = rows[i].value("sl_regulator").map { $0 >= slTarget } ?? true
            let low = config.scrTarget.map { scr < $0 } ?? false
            let dropped = previous.map { $0 - scr >= config.scrDropAlert } ?? false
            rows[i].scrWarning = slFine && (low || dropped)
            previous = scr
        }
    }

    /// First index in `0..<count` where `isBefore` is false (binary search on a sorted predicate).
    static func lowerBound(_ count: Int, _ isBefore: (Int) -> Bool) -> Int {
        var lo = 0
        var hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if isBefore(mid) { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
