import Foundation

/// One stretch of an agent's activity, from Pandu's own shell events or reconstructed from queue_log.
public struct AgentStateInterval: Hashable, Sendable {
    public var agent: String
    public var start: Date
    /// Nil while it lasts.
    public var end: Date?
    public var activity: AgentActivity

    /// An interval with date bounds.
    public init(agent: String, start: Date, end: Date? = nil, activity: AgentActivity) {
        self.agent = agent
        self.start = start
        self.end = end
        self.activity = activity
    }

    /// The same interval with epoch-second bounds.
    public init(agent: String, start: Int64, end: Int64?, activity: AgentActivity) {
        self.init(
            agent: agent, start: Date(timeIntervalSince1970: TimeInterval(start)),
            end: end.map { Date(timeIntervalSince1970: TimeInterval($0)) }, activity: activity)
    }
}
