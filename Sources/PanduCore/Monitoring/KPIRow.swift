/// The KPIs of one queue or service over one interval: the counts and every named measure.
public struct KPIRow: Hashable, Sendable {
    public var span: TimeSpan
    /// The queues the row covers, sorted; empty when it covers every queue.
    public var queues: [String]
    public var counts: KPICounts
    /// Hold and ACW added from Pandu's handling records.
    public var handling: HandlingSeconds
    /// Trunk attempts summed over the interval, if any were given.
    public var trunk: TrunkCounts?
    /// Named measures in a fixed order (see `KPICalculator`).
    public var measures: [Measure]
    /// SCR fell below target, or dropped from the previous row, while SL looked fine (spec §3.6: calls
    /// rejected before queueing make SL look better).
    public var scrWarning: Bool

    /// Creates the value from its parts.
    public init(
        span: TimeSpan, queues: [String], counts: KPICounts, handling: HandlingSeconds, trunk: TrunkCounts?,
        measures: [Measure], scrWarning: Bool = false
    ) {
        self.span = span
        self.queues = queues
        self.counts = counts
        self.handling = handling
        self.trunk = trunk
        self.measures = measures
        self.scrWarning = scrWarning
    }

    /// The measure with this name, e.g. `row["sl_regulator"]`.
    public subscript(name: String) -> Measure? { measures.first { $0.name == name } }

    /// The value of a named measure; nil when unknown or its denominator is zero.
    public func value(_ name: String) -> Double? { self[name]?.value }
}
