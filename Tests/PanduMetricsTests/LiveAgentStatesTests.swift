import Foundation
import PanduCore
import Testing

@testable import PanduMetrics

@Suite struct LiveAgentStatesTests {
    let t0 = Date(timeIntervalSince1970: 1_000_000)

    func event(
        _ agent: String, _ minutes: Double, _ type: EventType, _ data: [String: JSONValue] = [:]
    ) -> HandlingEvent {
        HandlingEvent(
            actor: PersonCode(agent), at: t0.addingTimeInterval(minutes * 60), type: type, data: data)
    }

    @Test func followsLoginReadyContactAcwAuxLogout() {
        let states = LiveAgentStates(events: [
            event("1001", 0, .login), event("1001", 1, .ready), event("1001", 5, .sessionStarted),
            event("1001", 5, .utterance), event("1001", 9, .sessionClosed),
            event("1001", 10, .aux, ["reason": "toilet"]),
            event("1002", 2, .login), event("1002", 3, .logout),
        ])
        #expect(states.current["1001"]?.state == .aux("toilet"))
        #expect(states.current["1001"]?.since == t0.addingTimeInterval(600))
        #expect(states.current["1002"]?.state == .loggedOut)
        let activities = (states.intervals["1001"] ?? []).map(\.activity)
        #expect(activities == [.aux("not_ready"), .ready, .onCall, .acw, .aux("toilet")])
        #expect(
            states.intervals["1001"]?[2].end == t0.addingTimeInterval(540), "contact ends when closed")
        #expect(states.intervals["1001"]?.last?.end == nil, "the current state is open")
        #expect(states.intervals["1002"]?.count == 1)
        #expect(states.intervals["1002"]?[0].end == t0.addingTimeInterval(180))
    }

    @Test func anExplicitAcwAfterCloseDoesNotRestartTheState() {
        let states = LiveAgentStates(events: [
            event("1001", 0, .login), event("1001", 1, .sessionStarted), event("1001", 4, .sessionClosed),
            event("1001", 4, .acw),
        ])
        #expect(states.current["1001"]?.state == .acw)
        #expect(states.current["1001"]?.since == t0.addingTimeInterval(240))
    }

    @Test func targetStatusIsNearBeforeItMisses() {
        let sl = MeasureTarget(measure: "sl_regulator", min: 0.9)
        #expect(TargetStatus.of(0.97, sl) == .met)
        #expect(TargetStatus.of(0.92, sl) == .near)
        #expect(TargetStatus.of(0.85, sl) == .missed)
        let asa = MeasureTarget(measure: "asa", max: 20)
        #expect(TargetStatus.of(10, asa) == .met)
        #expect(TargetStatus.of(19, asa) == .near)
        #expect(TargetStatus.of(25, asa) == .missed)
        #expect(TargetStatus.of(nil, asa) == .none)
    }
}
