/// What an agent is doing: the states adherence compares with the roster. Logged out is the absence of any
/// interval.
public enum AgentActivity: Hashable, Sendable {
    case ready
    case onCall
    case acw
    /// Not ready, with the reason code or text.
    case aux(String)

    /// Ready, on a call or in after-call work: the "work" activity of the roster.
    public var isWork: Bool {
        if case .aux = self { return false }
        return true
    }

    /// The AUX reason, if this is AUX.
    public var auxReason: String? {
        if case .aux(let reason) = self { return reason }
        return nil
    }
}
