/// One named KPI value with the formula and the counts it came from, so any figure can be re-checked.
public struct Measure: Hashable, Sendable {
    /// What the value is: a fraction (0…1, shown as %), seconds, or a count.
    public enum Unit: String, Hashable, Sendable {
        case ratio
        case seconds
        /// A plain count (e.g. cases waiting).
        case count
    }

    /// Stable id, e.g. `sl_regulator`, `sl_20`, `asa`.
    public var name: String
    /// The formula in words, e.g. `answered within 30 s / (offered - abandoned within 5 s)`.
    public var formula: String
    public var numerator: Double
    public var denominator: Double
    public var unit: Unit

    /// Creates the value from its parts.
    public init(name: String, formula: String, numerator: Double, denominator: Double, unit: Unit = .ratio) {
        self.name = name
        self.formula = formula
        self.numerator = numerator
        self.denominator = denominator
        self.unit = unit
    }

    /// numerator / denominator; nil (not NaN) when the denominator is zero.
    public var value: Double? { denominator > 0 ? numerator / denominator : nil }
}
