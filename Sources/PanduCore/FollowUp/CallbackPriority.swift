/// How urgent a callback is; breaks ties between callbacks due at the same time.
public enum CallbackPriority: String, Codable, Sendable, CaseIterable {
    case high, normal, low

    /// Sort rank: lower is worked first.
    public var rank: Int {
        switch self {
        case .high: 0
        case .normal: 1
        case .low: 2
        }
    }
}
