import Foundation
import PanduCore
import Testing

@testable import PanduShell

/// Shell state events become state intervals: login is AUX not-ready, each state lasts to the next event.
@Suite struct AgentStatesTests {
    @Test func shellEventsToIntervals() {
        let t = Date(timeIntervalSince1970: 1_795_222_800)
        let events: [HandlingEvent] = [
            HandlingEvent(actor: "1001", at: t, type: .login),
            HandlingEvent(actor: "1001", at: t + 60, type: .ready),
            HandlingEvent(actor: "1001", at: t + 600, type: .aux, data: ["reason": "toilet"]),
            HandlingEvent(actor: "1001", at: t + 900, type: .acw),
            HandlingEvent(actor: "1001", at: t + 960, type: .logout),
        ]
        let intervals = AgentStates.intervals("1001", events.reversed())
        #expect(intervals.map(\.activity) == [.aux("not-ready"), .ready, .aux("toilet"), .acw])
        #expect(intervals.map { $0.end?.timeIntervalSince(t) } == [60, 600, 900, 960])
    }
}
