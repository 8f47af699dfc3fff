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
        for s in try FloorReader.acdIntervals(store, from: from, to: end, reasons: reasons)
        where source[s.agent] != "shell" {
            states.append(s)
            source[s.agent] = "acd"
        }
        return (states, source)
    }
}
