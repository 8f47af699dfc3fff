import ArgumentParser
import Foundation
import PanduCore
import PanduMetrics

/// `pandu report f03`: indiscipline and breaches of the house rules (IN.OCC.TELK.F-03).
public struct ReportF03: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "f03",
        abstract: "F-03 indiscipline: late logins, early logouts, absences, AUX over allowance.",
        discussion: """
            Per agent over the period (P-10 steps 13 and 16): late logins beyond the grace, early logouts, \
            absences against the roster, and shifts whose AUX outside the planned breaks exceeded the shift's AUX \
            allowance (the roster's, else aux_allowance_minutes of knowledge/targets.yaml); then every breach \
            with its detail, and the discipline actions team leaders recorded. \
            Example: pandu report f03 --from 2026-11-01 --to 2026-12-01 --format html --output f03.html
            """)

    @OptionGroup public var global: GlobalOptions
    @OptionGroup var report: ReportOptions

    public init() {}

    public static var roles: Set<Role>? { [.desk, .admin, .tl] }

    public func execute(_ context: AppContext, as person: Person?) throws {
        let kit = try ReportKit(context, period: try report.period(context), reader: person)
        try report.emit(
            try Self.document(kit, actions: StoredDisciplineActions(store: try context.reviewStore()), by: person),
            context)
    }

    /// One breach of one shift.
    struct Breach {
        var day: String
        var agent: String
        var kind: String
        var detail: String
    }

    /// The breaches of the period's shifts, in shift order.
    static func breaches(_ results: [AdherenceResult]) -> [Breach] {
        results.flatMap { r -> [Breach] in
            let s = r.shift
            var list: [Breach] = []
            if r.attendance == .absent {
                list.append(
                    Breach(day: s.day, agent: s.agent, kind: "absent", detail: "no login in the shift"))
            }
            if r.isLate, let d = r.loginDelaySeconds {
                list.append(
                    Breach(
                        day: s.day, agent: s.agent, kind: "late_login",
                        detail: "\(ReportKit.minutes(d)) min after the shift start"))
            }
            if r.isEarlyLogout, let e = r.earlyLogoutSeconds {
                list.append(
                    Breach(
                        day: s.day, agent: s.agent, kind: "early_logout",
                        detail: "\(ReportKit.minutes(e)) min before the shift end"))
            }
            if r.overAllowance {
                let charged = r.auxSeconds - r.auxInPlannedBreaksSeconds
                list.append(
                    Breach(
                        day: s.day, agent: s.agent, kind: "aux_over_allowance",
                        detail:
                            "\(ReportKit.minutes(charged)) min AUX outside breaks, allowance \(Int(s.auxAllowanceMinutes)) min"
                    ))
            }
            return list
        }
    }

    /// The F-03 document.
    static func document(
        _ kit: ReportKit, actions source: any DisciplineActionSource, by person: Person?
    ) throws
        -> ReportDocument
    {
        var doc = kit.document(
            form: "F-03", title: "Indiscipline",
            subtitle: "IN.OCC.TELK.F-03 Ketidaksiplinan dan Pelanggaran Tata Tertib",
            by: person)
        let (results, _) = try ReportF02.results(kit)
        let breaches = breaches(results)
        let kinds = ["late_login", "early_logout", "absent", "aux_over_allowance"]
        let agents = Array(Set(breaches.map(\.agent))).sorted()
        func count(_ agent: String, _ kind: String) -> Int {
            breaches.filter { $0.agent == agent && $0.kind == kind }.count
        }
        let perAgent: [[ReportTable.Cell]] = agents.map { agent in
            let shifts = results.filter { $0.shift.agent == agent }
            let late = shifts.filter(\.isLate).compactMap(\.loginDelaySeconds).reduce(0, +)
            let aux = shifts.map { max(0, $0.auxSeconds - $0.auxInPlannedBreaksSeconds) }.reduce(0, +)
            return [.init(agent), .init(kit.name(agent)), .init(String(shifts.count))]
                + kinds.map { k in
                    let n = count(agent, k)
                    return .init(String(n), n > 0 ? .bad : .neutral)
                }
                + [
                    .init(ReportKit.minutes(late)), .init(ReportKit.minutes(aux)),
                    .init(String(breaches.filter { $0.agent == agent }.count), .bad),
                ]
        }
        doc.tiles =
            [.init("Shifts checked", String(results.count))]
            + zip(["Late logins", "Early logouts", "Absences", "AUX over allowance"], kinds).map {
                label, kind in
                let n = breaches.filter { $0.kind == kind }.count
                return .init(label, String(n), status: n == 0 ? .good : .bad)
            }
            + [
                .init("Agents with a breach", String(agents.count), status: agents.isEmpty ? .good : .warn)
            ]
        doc.sections.append(
            .init(
                "Breaches per agent",
                note:
                    "Late = first login later than the shift start plus \(kit.floor.targets.defaults.loginGraceMinutes) min; "
                    + "early logout = more than \(kit.floor.targets.defaults.earlyLogoutGraceMinutes) min before the end; "
                    + "AUX over allowance = AUX outside planned breaks above the shift's allowance (P-10).",
                charts: agents.isEmpty
                    ? []
                    : [
                        .init(
                            "Breaches per agent", kind: .bar, unit: .count, categories: agents,
                            series: kinds.map { k in .init(k, agents.map { Double(count($0, k)) }) })
                    ],
                tables: [
                    ReportTable(
                        name: "agents",
                        columns: ["agent", "name", "shifts"] + kinds + [
                            "late_minutes", "aux_minutes_outside_breaks", "breaches",
                        ],
                        rows: perAgent, empty: "No breach in the period.")
                ]))
        doc.sections.append(
            .init(
                "Breaches",
                tables: [
                    ReportTable(
                        name: "breaches", columns: ["day", "agent", "name", "breach", "detail"],
                        rows: breaches.map {
                            [
                                .init($0.day), .init($0.agent), .init(kit.name($0.agent)), .init($0.kind, .bad),
                                .init($0.detail),
                            ]
                        },
                        empty: "No breach in the period.")
                ]))
        let actions = try source.actions(from: kit.period.start, to: kit.period.end).filter { kit.sees($0.agent) }
        doc.sections.append(
            .init(
                "Discipline actions by team leaders",
                note: "Recorded with pandu review discipline (rule broken, action taken).",
                tables: [
                    ReportTable(
                        name: "discipline_actions",
                        columns: ["at", "agent", "name", "action", "note", "recorded_by"],
                        rows: actions.map {
                            [
                                .init(kit.context.times.format($0.at)), .init($0.agent), .init(kit.name($0.agent)),
                                .init($0.kind), .init($0.note), .init($0.recordedBy),
                            ]
                        }, empty: "No discipline action recorded in the period.")
                ]))
        return doc
    }
}
