import Foundation

/// How long records are kept (`knowledge/retention.yaml`; P-10 §10: two years).
public struct RetentionSettings: Hashable, Sendable {
    /// Whole years every record is kept at least.
    public var keepYears: Int

    /// Settings keeping records `keepYears` years.
    public init(keepYears: Int) { self.keepYears = keepYears }

    /// The earliest cutoff a purge may use at `now`: the same calendar day `keepYears` years back, in `calendar`.
    public func latestCutoff(at now: Date, calendar: Calendar) -> Date {
        calendar.date(byAdding: .year, value: -keepYears, to: now) ?? now
    }
}
