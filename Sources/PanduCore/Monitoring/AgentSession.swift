/// A member logged in to one queue (ADDMEMBER … REMOVEMEMBER) or to all queues (AGENTLOGIN … AGENTLOGOFF,
/// AGENTCALLBACKLOGIN … AGENTCALLBACKLOGOFF), spec §1.5. Epoch seconds.
public struct AgentSession: Hashable, Sendable {
    /// What opened the session.
    public enum Source: String, Hashable, Sendable {
        case addMember = "add_member"
        case agentLogin = "agent_login"
        case callbackLogin = "callback_login"
    }

    /// The member name (interfaces resolved through `MemberNameMap`).
    public var member: String
    /// The agent column as logged, when it differs from `member` (e.g. `SIP/1001`).
    public var interface: String?
    /// The queue; nil for agent-pool logins, which cover every queue.
    public var queue: String?
    public var start: Int64
    /// Nil while logged in.
    public var end: Int64?
    public var source: Source
    /// False when the log has only the logoff: the start was worked back from AGENTLOGOFF's `logintime`.
    public var startLogged: Bool

    /// Creates the value from its parts.
    public init(
        member: String, interface: String? = nil, queue: String?, start: Int64, end: Int64? = nil,
        source: Source, startLogged: Bool = true
    ) {
        self.member = member
        self.interface = interface
        self.queue = queue
        self.start = start
        self.end = end
        self.source = source
        self.startLogged = startLogged
    }
}
