import Foundation
import PanduCore
import PanduStore

/// `pandu people`: per agent and shift, punctuality, attendance, AUX by reason against the allowance,
/// adherence and conformance (spec §3.5, P-10 steps 12-16, RTM §2.2-2.4).
struct PeopleReport {
    let targets: KPITargets
    let auxReasons: [AuxReason]
    let zone: TimeZoneCode

    /// One JSON object per rostered shift of the day, then one per agent logged in without a shift.
    func rows(roster: [RosterEntry], states: [AgentStateInterval], source: [String: String], day: TimeSpan, now: Date)
        -> [[String: JSONValue]]
    {
        let d = targets.defaults
        let checker = AgentAdherence(
            config: AdherenceConfig(
                lateGraceSeconds: Double(d.loginGraceMinutes * 60),
                earlyLogoutGraceSeconds: Double(d.earlyLogoutGraceMinutes * 60)))
        var rows = roster.map { e in
            row(
                checker.evaluate(e.shift, states: states, now: now), position: e.position, source: source[e.shift.agent]
            )
        }
        let shifts = roster.map(\.shift)
        for agent in AgentAdherence.unrostered(
            states: states, roster: shifts, from: day.startDate, to: day.endDate, now: now)
        {
            rows.append(
                unrostered(agent, states.filter { $0.agent == agent }, day: day, now: now, source: source[agent]))
        }
        return rows
    }

    func row(_ r: AdherenceResult, position: String?, source: String?) -> [String: JSONValue] {
        let times = TimeParser(zone: zone)
        let hm = { (d: Date) in JSONValue.string(String(times.format(d).dropFirst(11).prefix(5))) }
        let minutes = { (s: Double?) in s.map { JSONValue.number(($0 / 60 * 10).rounded() / 10) } ?? .null }
        let pct = { (v: Double?) in v.map { JSONValue.number(($0 * 1000).rounded() / 10) } ?? .null }
        var byReason: [String: JSONValue] = [:]
        var over: [JSONValue] = []
        for (reason, seconds) in r.auxSecondsByReason.sorted(by: { $0.key < $1.key }) {
            byReason[reason] = minutes(seconds)
            if let allowed = auxReasons.first(where: { $0.code == reason })?.allowanceMinutes,
                seconds > Double(allowed * 60)
            {
                over.append(.string(reason))
            }
        }
        let shift = r.shift
        return [
            "agent": .string(shift.agent), "date": .string(shift.day), "shift_start": hm(shift.start),
            "shift_end": hm(shift.end), "position": position.map(JSONValue.string) ?? .null,
            "attendance": .string(r.attendance.rawValue), "first_login": r.firstLogin.map(hm) ?? .null,
            "last_logout": r.lastLogout.map(hm) ?? .null, "login_delay_minutes": minutes(r.loginDelaySeconds),
            "late": .bool(r.isLate), "early_logout_minutes": minutes(r.earlyLogoutSeconds),
            "early_logout": .bool(r.isEarlyLogout), "logged_in_minutes": minutes(r.loggedInSeconds),
            "aux_minutes": minutes(r.auxSeconds), "aux_percent": pct(r.auxShare), "aux_by_reason": .object(byReason),
            "aux_in_planned_breaks_minutes": minutes(r.auxInPlannedBreaksSeconds),
            "aux_allowance_minutes": .number(shift.auxAllowanceMinutes), "aux_over_allowance": .bool(r.overAllowance),
            "aux_reasons_over_allowance": .array(over), "adherence_percent": pct(r.adherence),
            "conformance_percent": pct(r.conformance), "source": source.map(JSONValue.string) ?? .null,
        ]
    }

    /// An agent who logged in on a day without a rostered shift: the day is their "shift" for AUX figures.
    func unrostered(_ agent: String, _ states: [AgentStateInterval], day: TimeSpan, now: Date, source: String?)
        -> [String: JSONValue]
    {
        let times = TimeParser(zone: zone)
        let shift = RosterShift(
            agent: agent, day: String(times.format(day.startDate).prefix(10)), start: day.startDate, end: day.endDate)
        let r = AgentAdherence().evaluate(shift, states: states, now: now)
        var row = self.row(r, position: nil, source: source)
        row["attendance"] = .string(AdherenceResult.Attendance.notOnRoster.rawValue)
        for key in [
            "shift_start", "shift_end", "login_delay_minutes", "early_logout_minutes", "adherence_percent",
            "conformance_percent",
        ] {
            row[key] = .null
        }
        row["late"] = .bool(false)
        row["early_logout"] = .bool(false)
        row["aux_over_allowance"] = .bool(false)
        return row
    }

    /// The column order of the text and CSV forms.
    static let columns = [
        "agent", "date", "shift_start", "shift_end", "position", "attendance", "first_login", "last_logout",
        "login_delay_minutes", "late", "early_logout_minutes", "early_logout", "logged_in_minutes", "aux_minutes",
        "aux_percent", "aux_by_reason", "aux_allowance_minutes", "aux_over_allowance", "aux_reasons_over_allowance",
        "adherence_percent", "conformance_percent", "source",
    ]

    static func cell(_ v: JSONValue?) -> String {
        switch v {
        case .object(let o)?: o.keys.sorted().map { "\($0)=\(cell(o[$0]))" }.joined(separator: ";")
        case .array(let a)?: a.map { cell($0) }.joined(separator: ";")
        case .number(let d)?: d == d.rounded() ? String(Int64(d)) : String(d)
        case let v?: KPIRendering.cell(v)
        case nil: ""
        }
    }
}
