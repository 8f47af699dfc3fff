/// The agent side of a queue_log (spec §1.5): login sessions per queue, pause intervals with reasons, the
/// interface↔member map used, and per-member state intervals (ready / AUX with reason) for adherence.
public struct AgentTimeline: Hashable, Sendable {
    public var sessions: [AgentSession] = []
    public var pauses: [PauseInterval] = []
    /// Agent-level states: logged in and paused in every logged-in queue (or PAUSEALL) is AUX, logged in
    /// otherwise is ready. Busy/ringing is not in queue_log (spec §1.5).
    public var states: [AgentStateInterval] = []
    public var names: MemberNameMap
    /// REMOVEMEMBER lines with no session to close (the log began after the login).
    public var unmatched = 0
    /// Member lines skipped because an identical one was already read.
    public var duplicates = 0

    /// An empty timeline using the given name map.
    public init(names: MemberNameMap = MemberNameMap()) { self.names = names }

    /// The sessions of one member.
    public func sessions(of member: String) -> [AgentSession] { sessions.filter { $0.member == member } }

    /// The pause intervals of one member.
    public func pauses(of member: String) -> [PauseInterval] { pauses.filter { $0.member == member } }

    /// The state intervals of one member.
    public func states(of member: String) -> [AgentStateInterval] { states.filter { $0.agent == member } }
}
