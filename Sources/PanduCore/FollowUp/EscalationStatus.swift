/// Where an escalation stands: open → acknowledged → resolved → closed.
public enum EscalationStatus: String, Codable, Sendable, CaseIterable {
    case open, acknowledged, resolved, closed

    /// Whether the SLA clock still runs.
    public var isPending: Bool { self == .open || self == .acknowledged }

    /// Whether an escalation may move from this status to `next` (acknowledging may be skipped).
    public func canMove(to next: EscalationStatus) -> Bool {
        switch (self, next) {
        case (.open, .acknowledged), (.open, .resolved), (.acknowledged, .resolved), (.resolved, .closed): true
        default: false
        }
    }
}
