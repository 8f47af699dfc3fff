import Foundation
import PanduCore
import PanduStore

/// Agent state intervals for adherence from one source per person: Pandu's own shell states (login = logged
/// in but not ready, `ready`, `aux REASON`, `acw`, `logout`) when the person has any in the window, else the
/// ACD's member lines (ADDMEMBER/REMOVEMEMBER, PAUSE/UNPAUSE …) with every interface and member name that
/// `acd map` ties to the person resolved to their login code.
struct AgentStates {
    let store: any MonitoringStore
    let events: any Store
    /// The AUX reason recorded for "logged in, not yet ready".
    static let notReady = "not-ready"

    /// Intervals per person code, and which source each came from.
    func load(from: Date, to: Date, now: Date) throws -> (states: [AgentStateInterval], source: [String: String]) {
        let shell = try events.events(
            actor: nil, types: [.login, .logout, .ready, .aux, .acw], from: from, to: min(to, now.addingTimeInterval(1))
        )
        var states: [AgentStateInterval] = []
        var source: [String: String] = [:]
        for (actor, list) in Dictionary(grouping: shell, by: \.actor) {
            states += Self.intervals(actor.rawValue, list)
            source[actor.rawValue] = "shell"
        }
        let explicit = Dictionary(
            try store.agentMappings().map { ($0.agent, $0.person.rawValue) }, uniquingKeysWith: { a, _ in a })
        let records = try store.memberRecords(
            from: Int64(from.timeIntervalSince1970), to: Int64(min(to, now.addingTimeInterval(1)).timeIntervalSince1970)
        )
        let timeline = AgentTimelineBuilder.timeline(from: records, names: MemberNameMap(explicit: explicit))
        for s in timeline.states where source[s.agent] != "shell" {
            states.append(s)
            source[s.agent] = "acd"
        }
        return (states, source)
    }

    /// A person's shell state events as intervals: each state lasts until the next event; logout ends it.
    static func intervals(_ agent: String, _ events: [HandlingEvent]) -> [AgentStateInterval] {
        var out: [AgentStateInterval] = []
        let sorted = events.sorted { ($0.at, $0.id ?? 0) < ($1.at, $1.id ?? 0) }
        for (i, e) in sorted.enumerated() {
            let activity: AgentActivity
            switch e.type {
            case .login: activity = .aux(notReady)
            case .ready: activity = .ready
            case .acw: activity = .acw
            case .aux: activity = .aux(e.string("reason") ?? "")
            default: continue
            }
            let end = i + 1 < sorted.count ? sorted[i + 1].at : nil
            out.append(AgentStateInterval(agent: agent, start: e.at, end: end, activity: activity))
        }
        return out
    }
}
