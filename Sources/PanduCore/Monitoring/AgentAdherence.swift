import Foundation

/// Checks agents against the roster (P-10 steps 12-16, RTM §2.2-2.4; spec §3.5): login delay and lateness,
/// early logout, attendance, AUX by reason and against the allowance, schedule adherence ("when") and
/// conformance ("how much"). States of one agent must not overlap (give one source: Pandu's shell events or
/// the queue_log timeline).
public struct AgentAdherence: Sendable {
    public var config: AdherenceConfig

    /// A checker with the given tolerances.
    public init(config: AdherenceConfig = AdherenceConfig()) { self.config = config }

    /// The result for one shift, from that agent's state intervals, seen at `now`.
    public func evaluate(_ shift: RosterShift, states: [AgentStateInterval], now: Date) -> AdherenceResult {
        let mine = states.filter { $0.agent == shift.agent }.sorted { $0.start < $1.start }
        let t = now.timeIntervalSince1970
        let s = shift.start.timeIntervalSince1970
        let e = shift.end.timeIntervalSince1970
        let runs = Self.loggedInRuns(mine, now: t)
        let touching = runs.filter { $0.end > s - config.windowBeforeSeconds && $0.start < e }
        var r = AdherenceResult(shift: shift, attendance: attendance(touching.isEmpty, shiftStart: s, now: t))
        punctuality(&r, runs: runs, touching: touching, shiftEnd: e, now: t)
        let window = Span(start: s, end: min(e, t))
        let breaks = shift.plannedBreaks.map {
            Span(start: $0.start.timeIntervalSince1970, end: $0.end.timeIntervalSince1970)
        }
        .compactMap { $0.clipped(to: window) }
        aux(&r, mine, window: window, breaks: breaks, now: t)
        schedule(&r, mine, window: window, breaks: breaks, now: t)
        return r
    }

    /// Agents logged in during `[from, to)` who have no shift overlapping it (attendance `not_on_roster`).
    public static func unrostered(
        states: [AgentStateInterval], roster: [RosterShift], from: Date, to: Date, now: Date
    ) -> [String] {
        let rostered = Set(roster.filter { $0.start < to && $0.end > from }.map(\.agent))
        let active = states.filter { $0.start < to && ($0.end ?? now) > from }.map(\.agent)
        return Set(active).subtracting(rostered).sorted()
    }

    /// present / (present + absent) over the results; nil when nobody was due.
    public static func attendanceRate(_ results: [AdherenceResult]) -> Double? {
        let present = results.filter { $0.attendance == .present }.count
        let due = present + results.filter { $0.attendance == .absent }.count
        return due > 0 ? Double(present) / Double(due) : nil
    }

    func attendance(_ noLogin: Bool, shiftStart: Double, now: Double) -> AdherenceResult.Attendance {
        if !noLogin { return .present }
        return now < shiftStart + config.lateGraceSeconds ? .pending : .absent
    }

    /// Login delay and early logout from the logged-in stretches touching the shift.
    func punctuality(_ r: inout AdherenceResult, runs: [Span], touching: [Span], shiftEnd: Double, now: Double) {
        guard let first = touching.first else { return }
        let start = r.shift.start.timeIntervalSince1970
        r.firstLogin = Date(timeIntervalSince1970: first.start)
        r.loginDelaySeconds = first.start - start
        r.isLate = first.start - start > config.lateGraceSeconds
        let last = runs.last { $0.start < shiftEnd + config.windowAfterSeconds && $0.end > first.start } ?? first
        let stillIn = last.open
        r.lastLogout = stillIn ? nil : Date(timeIntervalSince1970: last.end)
        guard now >= shiftEnd else { return }
        let early = shiftEnd - last.end
        r.earlyLogoutSeconds = early
        r.isEarlyLogout = early > config.earlyLogoutGraceSeconds
    }

    /// Logged-in and AUX time inside the shift, AUX by reason, share and allowance.
    func aux(_ r: inout AdherenceResult, _ states: [AgentStateInterval], window: Span, breaks: [Span], now: Double) {
        for st in states {
            let span = Span(st, now: now)
            let inside = span.overlap(window)
            r.loggedInSeconds += inside
            guard let reason = st.activity.auxReason, inside > 0 else { continue }
            r.auxSecondsByReason[reason, default: 0] += inside
            r.auxSeconds += inside
            r.auxInPlannedBreaksSeconds += breaks.reduce(0) { $0 + span.overlap($1) }
        }
        r.auxShare = r.loggedInSeconds > 0 ? r.auxSeconds / r.loggedInSeconds : nil
        r.overAllowance = r.auxSeconds - r.auxInPlannedBreaksSeconds > r.shift.auxAllowanceMinutes * 60
    }

    /// Adherence and conformance: scheduled work is the shift minus its breaks; work = ready, on call, ACW.
    func schedule(_ r: inout AdherenceResult, _ states: [AgentStateInterval], window: Span, breaks: [Span], now: Double)
    {
        let scheduled = window.length
        let scheduledBreak = breaks.reduce(0) { $0 + $1.length }
        let scheduledWork = scheduled - scheduledBreak
        let wide = Span(
            start: window.start - config.windowBeforeSeconds, end: min(window.end + config.windowAfterSeconds, now))
        var workInShift = 0.0
        var workInBreaks = 0.0
        var workAnywhere = 0.0
        for st in states where st.activity.isWork {
            let span = Span(st, now: now)
            workInShift += span.overlap(window)
            workInBreaks += breaks.reduce(0) { $0 + span.overlap($1) }
            workAnywhere += span.overlap(wide)
        }
        let offInBreaks = scheduledBreak - workInBreaks
        r.scheduledSeconds = scheduled
        r.adherentSeconds = (workInShift - workInBreaks) + offInBreaks
        guard scheduled > 0 else { return }
        r.adherence = r.adherentSeconds / scheduled
        let offInShift = scheduled - workInShift
        r.conformance = (min(scheduledWork, workAnywhere) + min(scheduledBreak, offInShift)) / scheduled
        r.workConformance = scheduledWork > 0 ? min(1, workAnywhere / scheduledWork) : nil
    }

    /// Contiguous logged-in stretches: touching state intervals of any activity joined.
    static func loggedInRuns(_ states: [AgentStateInterval], now: Double) -> [Span] {
        var runs: [Span] = []
        for st in states {
            let span = Span(st, now: now)
            if let last = runs.last, span.start <= last.end {
                runs[runs.count - 1].end = max(last.end, span.end)
                runs[runs.count - 1].open = last.open || span.open
            } else {
                runs.append(span)
            }
        }
        return runs
    }
}
