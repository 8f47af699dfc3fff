import Foundation

/// Social-media KPIs of one interval (spec §3.7): first response time (median, p90, mean), response rate,
/// social SL within T, and the waiting list at `now`.
public struct SocialKPI: Hashable, Sendable {
    /// Cases received in the interval.
    public var received = 0
    /// Of those, replied by `now`.
    public var replied = 0
    /// Of those, first reply within the threshold.
    public var repliedWithin = 0
    /// First response time percentiles over replied cases with a reply time (seconds).
    public var frtMedian: Double?
    public var frtP90: Double?
    /// Unanswered conversations at `now`, whenever received (the real-time list).
    public var waiting = 0
    /// now − receipt of the oldest waiting case.
    public var oldestWaitingSeconds: Double?
    public var oldestWaitingID: String?
    /// `frt_mean`, `response_rate`, `social_sl` with their formulas and counts.
    public var measures: [Measure] = []

    /// Empty figures, filled by `compute`.
    public init() {}

    /// The measure with this name.
    public subscript(name: String) -> Measure? { measures.first { $0.name == name } }

    /// Computes the KPIs of cases received in `[from, to)`, seen at `now`, with SL threshold T seconds.
    public static func compute(
        _ cases: [SocialCase], from: Date, to: Date, now: Date, thresholdSeconds: Double
    ) -> SocialKPI {
        var k = SocialKPI()
        var frts: [Double] = []
        for c in cases {
            k.noteWaiting(c, now: now)
            guard c.receivedAt >= from, c.receivedAt < to else { continue }
            k.received += 1
            guard c.isReplied(at: now) else { continue }
            k.replied += 1
            if let frt = c.firstResponseSeconds {
                frts.append(frt)
                if frt <= thresholdSeconds { k.repliedWithin += 1 }
            }
        }
        frts.sort()
        k.frtMedian = Percentile.of(sorted: frts, 50)
        k.frtP90 = Percentile.of(sorted: frts, 90)
        k.measures = measures(k, frts: frts, threshold: thresholdSeconds)
        return k
    }

    /// Counts a case on the waiting list when received by `now` and not replied by then.
    mutating func noteWaiting(_ c: SocialCase, now: Date) {
        guard c.receivedAt <= now, !c.isReplied(at: now) else { return }
        waiting += 1
        let age = now.timeIntervalSince(c.receivedAt)
        if age > (oldestWaitingSeconds ?? -1) {
            oldestWaitingSeconds = age
            oldestWaitingID = c.id
        }
    }

    static func measures(_ k: SocialKPI, frts: [Double], threshold: Double) -> [Measure] {
        let t = threshold.rounded() == threshold ? String(Int(threshold)) : String(threshold)
        return [
            Measure(
                name: "frt_mean", formula: "sum of first response times / replied cases with a reply time",
                numerator: frts.reduce(0, +), denominator: Double(frts.count), unit: .seconds),
            Measure(
                name: "response_rate", formula: "cases replied / cases received", numerator: Double(k.replied),
                denominator: Double(k.received)),
            Measure(
                name: "social_sl", formula: "cases replied within \(t) s / cases received",
                numerator: Double(k.repliedWithin), denominator: Double(k.received)),
        ]
    }
}
