import Foundation
import PanduCore
import PanduMetrics
import PanduStore

/// One row of `pandu kpi`: a queue (or service) and interval, with its counts, every named measure and
/// each measure's target and verdict.
struct KPIReportRow {
    var scope: String
    var service: ServiceTargets
    var span: TimeSpan
    /// Voice rows: counts and measures from the ACD.
    var voice: KPIRow?
    /// Social rows: FRT, response rate and waiting list from Pandu's socmed sessions.
    var social: SocialKPI?
    /// Every measure of the row in order (voice or social).
    var measures: [Measure]

    /// The measure's target and whether the value meets it (nil when no target or no value).
    func verdict(_ m: Measure) -> (target: MeasureTarget, met: Bool?)? {
        guard let t = service.target(m.name) else { return nil }
        return (t, m.value.map { t.isMet(by: $0) })
    }

    /// Measures with a target and a value that misses it.
    var misses: [Measure] { measures.filter { verdict($0)?.met == false } }
}

/// Builds KPI rows from the store's slot counts (15-minute aggregates in SQL, rolled up here), trunk counts
/// and Pandu's own handling and social-media records, against `knowledge/targets.yaml`.
struct KPIReport {
    let targets: KPITargets
    let store: any MonitoringStore
    let events: any Store
    let zone: TimeZoneCode
    /// Slots the store aggregates; every interval (15/30/60 min, day, month, shifts on quarter hours) is a
    /// whole number of them in WIB, WITA and WIT.
    static let slotSeconds = 900

    /// What to report.
    struct Query {
        var grid: IntervalGrid
        var queues: Set<String>?
        var service: String?
        var byService: Bool
        var now: Date
    }

    /// Voice rows (by queue or by service), then social rows, ordered by interval then scope.
    func rows(_ q: Query) throws -> [KPIReportRow] {
        guard let first = q.grid.spans.first, let last = q.grid.spans.map(\.end).max() else { return [] }
        var out = try voiceRows(q, from: first.start, to: last)
        let social = q.service.map { targets.service(id: $0)?.isSocial == true } ?? (q.queues == nil)
        if social, let s = targets.services.first(where: { $0.isSocial && (q.service == nil || $0.id == q.service) }) {
            out += try socialRows(q, service: s, from: first.start, to: last)
        }
        return out.sorted { ($0.span.start, $0.span.end, $0.scope) < ($1.span.start, $1.span.end, $1.scope) }
    }

    func voiceRows(_ q: Query, from: Int64, to: Int64) throws -> [KPIReportRow] {
        var queues = q.queues
        if let id = q.service {
            guard let s = targets.service(id: id) else { return [] }
            if s.isSocial { return [] }
            queues = Set(s.queues).intersection(q.queues ?? Set(s.queues))
        }
        let slots = try store.slotCounts(
            from: from, to: to, slotSeconds: Self.slotSeconds, thresholds: targets.allThresholds, queues: queues,
            includeOrphans: false)
        let byScope = Dictionary(grouping: slots) {
            q.byService || q.service != nil ? service(of: $0.queue).id : $0.queue
        }
        let trunks = Dictionary(grouping: try store.trunkCounts(from: from, to: to, lines: nil), by: \.line)
        let handling = try HandlingAttribution(store: store, events: events).perSlot(
            from: from, to: to, slotSeconds: Self.slotSeconds)
        var rows: [KPIReportRow] = []
        for (scope, list) in byScope {
            let service =
                q.byService || q.service != nil ? targets.service(id: scope) ?? service(of: scope) : service(of: scope)
            let sorted = list.sorted { $0.start < $1.start }
            let trunk = (trunks[service.id] ?? []).map(\.counts).sorted { $0.start < $1.start }
            // Once per scope, not per interval: a month by hour built a set of every slot's queue 720 times.
            let scopeQueues = Set(list.map(\.queue)).sorted()
            for span in q.grid.spans {
                var counts = KPICounts(thresholds: service.config.countedThresholds)
                var h = HandlingSeconds()
                var any = false
                for s in Self.slice(sorted, span) {
                    counts.merge(Self.project(s.counts, to: counts.thresholds))
                    h = h + (handling[HandlingAttribution.Key(queue: s.queue, slot: s.start)] ?? HandlingSeconds())
                    any = true
                }
                guard any else { continue }
                let t = Self.sum(trunk, span)
                let row = KPICalculator(config: service.config).row(
                    counts: counts, span: span, queues: scopeQueues, handling: h, trunk: t)
                rows.append(
                    KPIReportRow(scope: scope, service: service, span: span, voice: row, measures: row.measures))
            }
        }
        return rows
    }

    func service(of queue: String) -> ServiceTargets { targets.service(forQueue: queue) }

    /// The slots starting inside the span (slots are sorted by start).
    static func slice(_ slots: [SlotCounts], _ span: TimeSpan) -> ArraySlice<SlotCounts> {
        let lo = slots.partitioningIndex { $0.start >= span.start }
        let hi = slots[lo...].partitioningIndex { $0.start >= span.end }
        return slots[lo..<hi]
    }

    /// Counts kept for more thresholds, narrowed to `thresholds` (each of which was counted).
    static func project(_ c: KPICounts, to thresholds: [Int]) -> KPICounts {
        c.thresholds == thresholds ? c : c.narrowed(to: thresholds)
    }

    /// Trunk counts starting in the span, summed; nil when none.
    static func sum(_ trunks: [TrunkCounts], _ span: TimeSpan) -> TrunkCounts? {
        trunks.filter { span.contains($0.start) }.reduce(nil) { total, t in total.map { $0.adding(t) } ?? t }
    }
}

extension Collection {
    /// The first index whose element satisfies a predicate that is false then true along the collection.
    func partitioningIndex(where belongs: (Element) -> Bool) -> Index {
        var lo = startIndex
        var n = count
        while n > 0 {
            let half = n / 2
            let mid = index(lo, offsetBy: half)
            if belongs(self[mid]) {
                n = half
            } else {
                lo = index(after: mid)
                n -= half + 1
            }
        }
        return lo
    }
}

extension KPIReport {
    /// Social rows: one per interval, from socmed sessions (a week back for the waiting list).
    func socialRows(_ q: Query, service: ServiceTargets, from: Int64, to: Int64) throws -> [KPIReportRow] {
        let cases = try SocialCases(events: events, zone: zone).cases(
            from: Date(timeIntervalSince1970: TimeInterval(from - 7 * 86_400)),
            to: Date(timeIntervalSince1970: TimeInterval(to)))
        return q.grid.spans.compactMap { span in
            // Replies count whenever they came (up to now); the waiting list is the one at the interval's end.
            var k = SocialKPI.compute(
                cases, from: span.startDate, to: span.endDate, now: q.now,
                thresholdSeconds: service.socialResponseSeconds)
            let atEnd = SocialKPI.compute(
                cases, from: span.startDate, to: span.endDate, now: min(q.now, span.endDate),
                thresholdSeconds: service.socialResponseSeconds)
            k.waiting = atEnd.waiting
            k.oldestWaitingSeconds = atEnd.oldestWaitingSeconds
            k.oldestWaitingID = atEnd.oldestWaitingID
            guard k.received > 0 || k.waiting > 0 else { return nil }
            let measures =
                [
                    Measure(
                        name: "frt_median", formula: "median of first response times", numerator: k.frtMedian ?? 0,
                        denominator: k.frtMedian == nil ? 0 : 1, unit: .seconds),
                    Measure(
                        name: "frt_p90", formula: "90th percentile of first response times", numerator: k.frtP90 ?? 0,
                        denominator: k.frtP90 == nil ? 0 : 1, unit: .seconds),
                ] + k.measures
                + [
                    Measure(
                        name: "waiting", formula: "unanswered cases at the end of the interval (or now)",
                        numerator: Double(k.waiting), denominator: 1, unit: .count),
                    Measure(
                        name: "oldest_waiting", formula: "age of the oldest unanswered case",
                        numerator: k.oldestWaitingSeconds ?? 0, denominator: k.oldestWaitingSeconds == nil ? 0 : 1,
                        unit: .seconds),
                ]
            return KPIReportRow(scope: service.id, service: service, span: span, social: k, measures: measures)
        }
    }
}
