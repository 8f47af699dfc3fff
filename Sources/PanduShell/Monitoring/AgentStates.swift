import Foundation
import PanduCore
import PanduMetrics
import PanduStore

/// Agent state intervals for adherence from one source per person: Pandu's own shell states, read exactly as
/// the live view reads them (`LiveAgentStates`: login = logged in but not ready, `ready`, `aux REASON`,
/// a contact, `acw`, `logout`) when the person has any in the window, else the ACD's member lines
/// (ADDMEMBER/REMOVEMEMBER, PAUSE/UNPAUSE …) with every interface and member name that `acd map` ties to the
/// person resolved to their login code.
struct AgentStates {
    let store: any MonitoringStore
    let events: any Store
    /// The AUX codes of the ACD's pause reasons.
    let reasons: AuxReasonMap

    /// Intervals per person code, and which source each came from.
    func load(from: Date, to: Date, now: Date) throws -> (states: [AgentStateInterval], source: [String: String]) {
        let end = min(to, now.addingTimeInterval(1))
        let shell = LiveAgentStates(
            events: try events.events(actor: nil, types: LiveAgentStates.eventTypes, from: from, to: end))
        var states = shell.allIntervals
        var source: [String: String] = [:]
        for agent in shell.intervals.keys { source[agent] = "shell" }
        let explicit = Dictionary(
            try store.agentMappings().map { ($0.agent, $0.person.rawValue) }, uniquingKeysWith: { a, _ in a })
        let records = try store.memberRecords(
            from: Int64(from.timeIntervalSince1970), to: Int64(end.timeIntervalSince1970))
        let timeline = AgentTimelineBuilder.timeline(
            from: records, names: MemberNameMap(explicit: explicit), reasons: reasons)
        for s in timeline.states where source[s.agent] != "shell" {
            states.append(s)
            source[s.agent] = "acd"
        }
        return (states, source)
    }
}
