/// An AUX (not ready) reason code from `knowledge/aux-reasons.yaml`.
public struct AuxReason: Hashable, Codable, Sendable {
    public var code: String
    public var label: String
    /// Minutes allowed per shift, if the reason has its own allowance.
    public var allowanceMinutes: Int?
    /// Whether time in this reason counts as productive (briefing, coaching) rather than break.
    public var productive: Bool
    /// The free-text pause reasons the ACD logs for this code (`PAUSE|LUNCHBREAK`), matched without case.
    public var acdNames: [String]

    /// A reason; `acdNames` are the ACD's spellings of it besides the code and the label.
    public init(
        code: String, label: String, allowanceMinutes: Int? = nil, productive: Bool = false, acdNames: [String] = []
    ) {
        self.code = code
        self.label = label
        self.allowanceMinutes = allowanceMinutes
        self.productive = productive
        self.acdNames = acdNames
    }
}
