/// Hold and after-call work from Pandu's own handling records: queue_log has neither (spec §3.3).
public struct HandlingSeconds: Hashable, Sendable {
    public var hold: Double
    public var acw: Double

    /// Creates the value from its parts.
    public init(hold: Double = 0, acw: Double = 0) {
        self.hold = hold
        self.acw = acw
    }

    /// The sum of both.
    public static func + (lhs: Self, rhs: Self) -> Self { Self(hold: lhs.hold + rhs.hold, acw: lhs.acw + rhs.acw) }
}
