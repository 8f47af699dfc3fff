/// How an escalation fared against its SLA.
public enum SLAOutcome: String, Codable, Sendable, CaseIterable {
    /// Resolved by its due time.
    case met
    /// Resolved late, or still pending past its due time.
    case missed
    /// Still pending and not yet due.
    case pending
}
