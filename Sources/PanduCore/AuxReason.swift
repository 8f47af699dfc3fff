/// An AUX (not ready) reason code from `knowledge/aux-reasons.yaml`.
public struct AuxReason: Hashable, Codable, Sendable {
    public var code: String
    public var label: String
    /// Minutes allowed per shift, if the reason has its own allowance.
    public var allowanceMinutes: Int?
    /// Whether time in this reason counts as productive (briefing, coaching) rather than break.
    public var productive: Bool

    public init(code: String, label: String, allowanceMinutes: Int? = nil, productive: Bool = false) {
        self.code = code
        self.label = label
        self.allowanceMinutes = allowanceMinutes
        self.productive = productive
    }
}
