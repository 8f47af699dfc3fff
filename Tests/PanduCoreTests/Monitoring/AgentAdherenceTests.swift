import Foundation
import Testing

@testable import PanduCore

@Suite("AgentAdherence: punctuality, attendance, AUX, adherence, conformance")
struct AgentAdherenceTests {
    /// 08:00 WIB on 2026-11-21.
    static let eight = Date(timeIntervalSince1970: TimeInterval(MonitoringFixtures.t0))

    /// hh:mm WIB that day.
    static func at(_ h: Int, _ m: Int) -> Date { eight.addingTimeInterval(TimeInterval((h - 8) * 3600 + m * 60)) }

    /// 08:00-16:00, lunch 12:00-13:00, 30 AUX minutes allowed.
    static let shift = RosterShift(
        agent: "Rina", day: "2026-11-21", start: at(8, 0), end: at(16, 0),
        plannedBreaks: [DateInterval(start: at(12, 0), end: at(13, 0))], auxAllowanceMinutes: 30)

    /// Logged in 08:07, Toilet 10:00-10:20, lunch 12:00-13:05, logged out 15:30.
    static let states = [
        AgentStateInterval(agent: "Rina", start: at(8, 7), end: at(10, 0), activity: .ready),
        AgentStateInterval(agent: "Rina", start: at(10, 0), end: at(10, 20), activity: .aux("Toilet")),
        AgentStateInterval(agent: "Rina", start: at(10, 20), end: at(11, 0), activity: .ready),
        AgentStateInterval(agent: "Rina", start: at(11, 0), end: at(12, 0), activity: .onCall),
        AgentStateInterval(agent: "Rina", start: at(12, 0), end: at(13, 5), activity: .aux("Istirahat")),
        AgentStateInterval(agent: "Rina", start: at(13, 5), end: at(15, 30), activity: .ready),
        AgentStateInterval(agent: "Budi", start: at(8, 0), end: at(16, 0), activity: .ready),
    ]

    let adherence = AgentAdherence(config: AdherenceConfig(lateGraceSeconds: 300, earlyLogoutGraceSeconds: 300))

    @Test func punctuality() {
        let r = adherence.evaluate(Self.shift, states: Self.states, now: Self.at(17, 0))
        #expect(r.attendance == .present)
        #expect(r.firstLogin == Self.at(8, 7))
        #expect(r.loginDelaySeconds == 420)  // 7 min > 5 min grace
        #expect(r.isLate)
        #expect(r.lastLogout == Self.at(15, 30))
        #expect(r.earlyLogoutSeconds == 1800)
        #expect(r.isEarlyLogout)
    }

    @Test func auxAgainstAllowance() {
        let r = adherence.evaluate(Self.shift, states: Self.states, now: Self.at(17, 0))
        // Logged in 08:07-15:30 = 7 h 23 min = 26 580 s.
        #expect(r.loggedInSeconds == 26_580)
        #expect(r.auxSecondsByReason == ["Toilet": 1200, "Istirahat": 3900])
        #expect(r.auxSeconds == 5100)
        #expect(r.auxInPlannedBreaksSeconds == 3600)
        // Outside the lunch break: 20 min Toilet + 5 min over lunch = 25 min ≤ 30 min allowed.
        #expect(!r.overAllowance)
        #expect(abs((r.auxShare ?? 0) - 5100.0 / 26_580.0) < 1e-12)
    }

    @Test func adherenceAndConformance() {
        let r = adherence.evaluate(Self.shift, states: Self.states, now: Self.at(17, 0))
        // Scheduled 8 h = 28 800 s, of which 3600 s break. Work in scheduled work time:
        // 08:07-10:00 (6780) + 10:20-12:00 (6000) + 13:05-15:30 (8700) = 21 480; off during the break 3600.
        #expect(r.scheduledSeconds == 28_800)
        #expect(r.adherentSeconds == 25_080)
        #expect(abs((r.adherence ?? 0) - 25_080.0 / 28_800.0) < 1e-12)
        // Conformance: (min(25 200, 21 480) + min(3600, 28 800 − 21 480)) / 28 800.
        #expect(abs((r.conformance ?? 0) - 25_080.0 / 28_800.0) < 1e-12)
        #expect(abs((r.workConformance ?? 0) - 21_480.0 / 25_200.0) < 1e-12)
    }

    @Test func overAllowanceAndWorkingThroughTheBreak() {
        let states = [
            AgentStateInterval(agent: "Rina", start: Self.at(7, 55), end: Self.at(9, 0), activity: .ready),
            AgentStateInterval(agent: "Rina", start: Self.at(9, 0), end: Self.at(9, 45), activity: .aux("Toilet")),
            AgentStateInterval(agent: "Rina", start: Self.at(9, 45), end: nil, activity: .ready),
        ]
        let r = adherence.evaluate(Self.shift, states: states, now: Self.at(16, 30))
        #expect(r.loginDelaySeconds == -300)  // early
        #expect(!r.isLate)
        #expect(r.lastLogout == nil)  // still logged in
        #expect(r.earlyLogoutSeconds == -1800)  // stayed 30 min past the end (now)
        #expect(!r.isEarlyLogout)
        #expect(r.overAllowance)  // 45 min AUX > 30
        // Work during the lunch break is not adherent: 28 800 − 2700 (AUX while scheduled to work)
        // − 3600 (worked through the break) = 22 500.
        #expect(r.adherentSeconds == 22_500)
    }

    @Test func attendanceStates() {
        let early = adherence.evaluate(Self.shift, states: [], now: Self.at(8, 3))
        #expect(early.attendance == .pending)
        let absent = adherence.evaluate(Self.shift, states: [], now: Self.at(9, 0))
        #expect(absent.attendance == .absent)
        #expect(absent.loginDelaySeconds == nil)
        #expect(absent.adherence == 0)
        let present = adherence.evaluate(Self.shift, states: Self.states, now: Self.at(9, 0))
        #expect(present.attendance == .present)
        #expect(present.earlyLogoutSeconds == nil)  // shift still running
        #expect(AgentAdherence.attendanceRate([absent, present, early]) == 0.5)
        let notOnRoster = AgentAdherence.unrostered(
            states: Self.states, roster: [Self.shift], from: Self.at(8, 0), to: Self.at(16, 0), now: Self.at(17, 0))
        #expect(notOnRoster == ["Budi"])
    }

    @Test func statesFromTheQueueLogTimeline() {
        let timeline = AgentTimelineBuilder.timeline(from: MonitoringFixtures.records(MonitoringFixtures.memberLog))
        // Sathish: logged in 07:58:20, lunch pause 08:03:20-08:13:20, logged out 08:53:20.
        let shift = RosterShift(
            agent: "Sathish", day: "2026-11-21", start: Self.at(8, 0), end: Self.at(9, 0), auxAllowanceMinutes: 5)
        let r = adherence.evaluate(shift, states: timeline.states, now: Self.at(10, 0))
        #expect(r.loginDelaySeconds == -100)
        #expect(r.earlyLogoutSeconds == 400)
        #expect(r.isEarlyLogout)  // 400 s > 300 s grace
        #expect(r.auxSecondsByReason == ["Istirahat": 600])
        #expect(r.overAllowance)
    }
}
