import Foundation
import Testing

@testable import PanduCore

@Suite("AgentTimelineBuilder: sessions, pauses and interface names")
struct AgentTimelineTests {
    static let t0 = MonitoringFixtures.t0

    @Test func interfaceNamesAreLearnedFromTheSameSecondLoginPattern() throws {
        let timeline = AgentTimelineBuilder.timeline(from: MonitoringFixtures.records(MonitoringFixtures.memberLog))
        #expect(timeline.names.member(for: "SIP/1001", at: Self.t0) == "Sathish")
        // The same interface is Budi's the next day.
        #expect(timeline.names.member(for: "SIP/1001", at: 1_795_309_100) == "Budi")
        #expect(timeline.sessions.count == 2)
        let sathish = try #require(timeline.sessions(of: "Sathish").first)
        #expect(sathish.interface == "SIP/1001")
        #expect(sathish.queue == "500")
        #expect(sathish.start == 1_795_222_700)
        #expect(sathish.end == 1_795_226_000)
        let budi = try #require(timeline.sessions(of: "Budi").first)
        #expect(budi.end == nil)
        #expect(timeline.unmatched == 0)
    }

    @Test func pausesWithReasonsAndAgentLevelStates() throws {
        let timeline = AgentTimelineBuilder.timeline(from: MonitoringFixtures.records(MonitoringFixtures.memberLog))
        let pauses = timeline.pauses(of: "Sathish")
        // PAUSEALL and the per-queue PAUSE are both kept; the agent state counts the stretch once.
        #expect(pauses.count == 2)
        #expect(pauses.allSatisfy { $0.reason == "Istirahat" && $0.start == 1_795_223_000 && $0.end == 1_795_223_600 })
        #expect(Set(pauses.map(\.queue)) == [nil, "500"])
        let states = timeline.states(of: "Sathish")
        let at: (Int64) -> Date = { Date(timeIntervalSince1970: TimeInterval($0)) }
        #expect(
            states == [
                AgentStateInterval(
                    agent: "Sathish", start: at(1_795_222_700), end: at(1_795_223_000), activity: .ready),
                AgentStateInterval(
                    agent: "Sathish", start: at(1_795_223_000), end: at(1_795_223_600), activity: .aux("Istirahat")),
                AgentStateInterval(
                    agent: "Sathish", start: at(1_795_223_600), end: at(1_795_226_000), activity: .ready),
            ])
        #expect(timeline.states(of: "Budi").count == 1)
        #expect(timeline.states(of: "Budi").first?.end == nil)
    }

    @Test func pauseReasonsBecomeTheFloorsAUXCodes() throws {
        let reasons = AuxReasonMap([
            AuxReason(code: "istirahat", label: "Istirahat", acdNames: ["LUNCHBREAK"]),
            AuxReason(code: "administrasi", label: "Administrasi", acdNames: ["ACW"]),
        ])
        #expect(reasons.code(forLogged: "lunchbreak") == "istirahat")
        #expect(reasons.code(forLogged: " ISTIRAHAT ") == "istirahat", "the code itself, case aside")
        #expect(reasons.code(forLogged: "Basket") == "Basket", "unmapped reasons are shown as logged")
        #expect(reasons.code(forLogged: "") == AuxReasonMap.unspecified)
        let log = """
            1795222700|MANAGER|500|Rina|ADDMEMBER|
            1795223000|NONE|500|Rina|PAUSE|LUNCHBREAK
            1795223600|NONE|500|Rina|UNPAUSE|
            1795224000|NONE|500|Rina|PAUSE|
            1795224300|NONE|500|Rina|UNPAUSE|
            """
        let timeline = AgentTimelineBuilder.timeline(from: MonitoringFixtures.records(log), reasons: reasons)
        #expect(timeline.pauses(of: "Rina").map(\.reason) == ["LUNCHBREAK", ""], "pauses keep what was logged")
        #expect(
            timeline.states(of: "Rina").map(\.activity) == [
                .ready, .aux("istirahat"), .ready, .aux(AuxReasonMap.unspecified), .ready,
            ])
    }

    @Test func aPauseReasonLineNamesThePauseBeforeIt() throws {
        // QueueMetrics-style writers log PAUSEALL without a reason, then PAUSEREASON with the code (under a
        // callid of their own) in the same second.
        let log = """
            1795222700|MANAGER|500|Rina|ADDMEMBER|
            1795223000|NONE|NONE|Rina|PAUSEALL|
            1795223000|a8f3e2|NONE|Rina|PAUSEREASON|Toilet
            1795223300|NONE|NONE|Rina|UNPAUSEALL|
            1795223400|NONE|NONE|Rina|PAUSEALL|
            1795223500|b9c1d0|NONE|Rina|PAUSEREASON|Toilet
            1795223600|NONE|NONE|Rina|UNPAUSEALL|
            """
        let reasons = AuxReasonMap([AuxReason(code: "toilet", label: "Toilet")])
        let timeline = AgentTimelineBuilder.timeline(from: MonitoringFixtures.records(log), reasons: reasons)
        let at: (Int64) -> Date = { Date(timeIntervalSince1970: TimeInterval($0)) }
        #expect(
            timeline.states(of: "Rina") == [
                AgentStateInterval(agent: "Rina", start: at(1_795_222_700), end: at(1_795_223_000), activity: .ready),
                AgentStateInterval(
                    agent: "Rina", start: at(1_795_223_000), end: at(1_795_223_300), activity: .aux("toilet")),
                AgentStateInterval(agent: "Rina", start: at(1_795_223_300), end: at(1_795_223_400), activity: .ready),
                // A reason 100 s later belongs to no pause of its own: the stretch stays unnamed.
                AgentStateInterval(
                    agent: "Rina", start: at(1_795_223_400), end: at(1_795_223_600),
                    activity: .aux(AuxReasonMap.unspecified)),
                AgentStateInterval(agent: "Rina", start: at(1_795_223_600), end: nil, activity: .ready),
            ])
        #expect(timeline.pauses(of: "Rina").map(\.reason) == ["Toilet", ""])
    }

    @Test func anExplicitTableWinsOverLearning() {
        let names = MemberNameMap(explicit: ["SIP/1001": "Rina"])
        let timeline = AgentTimelineBuilder.timeline(
            from: MonitoringFixtures.records(MonitoringFixtures.memberLog), names: names)
        #expect(timeline.sessions.map(\.member) == ["Rina", "Rina"])
    }

    @Test func ambiguousSecondsAreNotGuessed() {
        let log = """
            1795222700|MANAGER|500|SIP/1001|ADDMEMBER|
            1795222700|MANAGER|500|SIP/1002|ADDMEMBER|
            1795222700|NONE|500|Sathish|UNPAUSE|
            """
        let timeline = AgentTimelineBuilder.timeline(from: MonitoringFixtures.records(log))
        #expect(timeline.names.learned.isEmpty)
        #expect(Set(timeline.sessions.map(\.member)) == ["SIP/1001", "SIP/1002"])
    }

    @Test func aReasonChangeWhilePausedOpensANewInterval() {
        let log = """
            1795222700|MANAGER|500|Rina|ADDMEMBER|
            1795222800|NONE|500|Rina|PAUSE|Toilet
            1795222900|NONE|500|Rina|PAUSE|Toilet
            1795223000|NONE|500|Rina|PAUSE|Sholat
            1795223300|NONE|500|Rina|UNPAUSE|Auto-Unpause
            """
        let timeline = AgentTimelineBuilder.timeline(from: MonitoringFixtures.records(log))
        #expect(timeline.pauses.map(\.reason) == ["Toilet", "Sholat"])
        #expect(timeline.pauses.map(\.end) == [1_795_223_000, 1_795_223_300])
        #expect(timeline.pauses.map(\.endReason) == ["reason change", "Auto-Unpause"])
        #expect(timeline.states.map(\.activity) == [.ready, .aux("Toilet"), .aux("Sholat"), .ready])
    }

    @Test func pausedInOneOfTwoQueuesIsStillReady() {
        let log = """
            1795222700|MANAGER|500|Rina|ADDMEMBER|
            1795222700|MANAGER|501|Rina|ADDMEMBER|
            1795222800|NONE|500|Rina|PAUSE|Coaching
            1795222900|NONE|501|Rina|PAUSE|Coaching
            1795223000|MANAGER|501|Rina|REMOVEMEMBER|
            """
        let timeline = AgentTimelineBuilder.timeline(from: MonitoringFixtures.records(log))
        // Ready until paused in both queues (t+900); still AUX after leaving 501 since 500 stays paused.
        #expect(timeline.states.map(\.activity) == [.ready, .aux("Coaching")])
        #expect(timeline.states[1].start == Date(timeIntervalSince1970: 1_795_222_900))
        #expect(timeline.pauses.first { $0.queue == "501" }?.endReason == "removed")
    }

    @Test func agentPoolLoginsAndLogoffsWithLoginTime() {
        let log = """
            1795222700|a1|NONE|Agent/1001|AGENTLOGIN|PJSIP/1001-0001
            1795226300|a1|NONE|Agent/1001|AGENTLOGOFF|PJSIP/1001-0001|3600
            1795226300|a2|NONE|Agent/1002|AGENTLOGOFF|PJSIP/1002-0001|1800
            1795226300|MANAGER|500|Agent/1003|REMOVEMEMBER|
            """
        let timeline = AgentTimelineBuilder.timeline(from: MonitoringFixtures.records(log))
        let a1 = timeline.sessions(of: "Agent/1001")
        #expect(a1.count == 1)
        #expect(a1.first?.queue == nil)
        #expect(a1.first?.end == 1_795_226_300)
        let a2 = timeline.sessions(of: "Agent/1002").first
        #expect(a2?.start == 1_795_224_500)  // worked back from logintime
        #expect(a2?.startLogged == false)
        #expect(timeline.unmatched == 1)  // Agent/1003 removed with no login seen
    }

    @Test func duplicateAndOutOfOrderMemberLines() {
        let log = """
            1795223600|NONE|500|Rina|UNPAUSE|
            1795222700|MANAGER|500|Rina|ADDMEMBER|
            1795223000|NONE|500|Rina|PAUSE|Toilet
            1795223000|NONE|500|Rina|PAUSE|Toilet
            """
        let timeline = AgentTimelineBuilder.timeline(from: MonitoringFixtures.records(log))
        #expect(timeline.duplicates == 1)
        #expect(timeline.pauses.map(\.end) == [1_795_223_600])
    }

    @Test func staticMembersAreLoggedInWithoutLoginLines() {
        let log = """
            1795223000|NONE|500|Rina|PAUSE|Toilet
            1795223300|NONE|500|Rina|UNPAUSE|
            """
        let timeline = AgentTimelineBuilder.timeline(from: MonitoringFixtures.records(log), staticMembers: ["Rina"])
        #expect(timeline.states.map(\.activity) == [.aux("Toilet"), .ready])
    }
}
