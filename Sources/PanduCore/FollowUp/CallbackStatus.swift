/// Where a callback stands.
public enum CallbackStatus: String, Codable, Sendable, CaseIterable {
    /// Waiting in the Tier 2 queue (possibly owned by one agent).
    case open
    /// Pulled by an agent who is calling now.
    case inProgress = "in-progress"
    /// Reached and resolved.
    case resolved
    /// Ended without resolution: wrong number, reached but unresolved, or attempts exhausted.
    case closed
    /// Withdrawn by a TL.
    case cancelled

    /// Whether the callback still needs work.
    public var isActive: Bool { self == .open || self == .inProgress }
}
