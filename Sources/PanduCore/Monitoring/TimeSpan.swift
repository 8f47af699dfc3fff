import Foundation

/// A half-open interval `[start, end)` of epoch seconds.
public struct TimeSpan: Hashable, Sendable, Comparable {
    public var start: Int64
    public var end: Int64

    /// Creates the value from its parts.
    public init(start: Int64, end: Int64) {
        self.start = start
        self.end = end
    }

    /// The span between two dates, rounded down to whole seconds.
    public init(from: Date, to: Date) {
        start = Int64(from.timeIntervalSince1970.rounded(.down))
        end = Int64(to.timeIntervalSince1970.rounded(.down))
    }

    /// Whether the instant falls inside.
    public func contains(_ epoch: Int64) -> Bool { epoch >= start && epoch < end }

    /// Length in seconds.
    public var seconds: Int64 { end - start }

    public var startDate: Date { Date(timeIntervalSince1970: TimeInterval(start)) }
    public var endDate: Date { Date(timeIntervalSince1970: TimeInterval(end)) }

    /// Orders spans by start, then end.
    public static func < (lhs: Self, rhs: Self) -> Bool { (lhs.start, lhs.end) < (rhs.start, rhs.end) }
}
