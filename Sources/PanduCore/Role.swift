/// What a person may do in Pandu.
public enum Role: String, Codable, Sendable, CaseIterable {
    case agent, tl, qc, desk, admin

    /// Roles that see every agent's sessions (an agent sees only their own, a TL their team's).
    public var seesAllSessions: Bool { self == .qc || self == .desk || self == .admin }
}
