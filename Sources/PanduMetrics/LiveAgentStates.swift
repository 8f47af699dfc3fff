import Foundation
import PanduCore

/// Agent states rebuilt from Pandu's shell events (login, ready, AUX, ACW, contact start and close, logout):
/// the current state with its start, and the state intervals the roster checks (`AgentAdherence`) read.
public struct LiveAgentStates: Sendable {
    /// The event types that move an agent between states.
    public static let eventTypes: Set<EventType> = [
        .login, .logout, .ready, .aux, .acw, .sessionStarted, .sessionClosed,
    ]

    /// Per agent code: the state intervals in time order, the last one open while it lasts.
    public let intervals: [String: [AgentStateInterval]]
    /// Per agent code: the current state and when it began.
    public let current: [String: (state: LiveState, since: Date)]

    /// Builds the states from events of any agents, in any order.
    public init(events: [HandlingEvent]) {
        var intervals: [String: [AgentStateInterval]] = [:]
        var current: [String: (state: LiveState, since: Date)] = [:]
        let sorted = events.filter { Self.eventTypes.contains($0.type) }.sorted {
            ($0.at, $0.id ?? 0) < ($1.at, $1.id ?? 0)
        }
        for event in sorted {
            let agent = event.actor.rawValue
            guard let next = Self.state(after: event, from: current[agent]?.state) else { continue }
            if current[agent]?.state == next { continue }
            if var list = intervals[agent], let last = list.indices.last, list[last].end == nil {
                list[last].end = event.at
                intervals[agent] = list
            }
            if let activity = Self.activity(next) {
                intervals[agent, default: []].append(
                    AgentStateInterval(agent: agent, start: event.at, activity: activity))
            }
            current[agent] = (next, event.at)
        }
        self.intervals = intervals
        self.current = current
    }

    /// Every interval of every agent.
    public var allIntervals: [AgentStateInterval] { intervals.values.flatMap { $0 } }

    /// The state an event leads to; nil when it changes nothing (e.g. a contact closed while logged out).
    static func state(after event: HandlingEvent, from previous: LiveState?) -> LiveState? {
        switch event.type {
        case .login: .notReady
        case .logout: .loggedOut
        case .ready: .ready
        case .aux: .aux(event.string("reason") ?? "aux")
        case .acw: .acw
        case .sessionStarted: .onContact
        case .sessionClosed: previous == .onContact ? .acw : nil
        default: nil
        }
    }

    /// The adherence activity of a state; logged out has none. Not ready is time off the queue, as AUX.
    static func activity(_ state: LiveState) -> AgentActivity? {
        switch state {
        case .loggedOut: nil
        case .notReady: .aux("not_ready")
        case .ready: .ready
        case .onContact: .onCall
        case .acw: .acw
        case .aux(let reason): .aux(reason)
        }
    }
}
