import ArgumentParser
import Foundation
import PanduCore
import PanduMetrics

/// `pandu report f02`: the final roster against what happened (IN.OCC.TELK.F-02).
public struct ReportF02: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "f02",
        abstract: "F-02 roster vs realisation: logins, attendance, adherence per shift.",
        discussion: """
            For every rostered shift of the period (pandu roster import): first login, last logout, delay, \
            attendance (present, absent, pending), late and early logout against the grace of \
            knowledge/targets.yaml, time logged in, adherence and conformance; agents who worked without a \
            shift; and rostered against logged-in agents per hour. \
            Example: pandu report f02 --date 2026-11-21 --format csv
            """)

    @OptionGroup public var global: GlobalOptions
    @OptionGroup var report: ReportOptions

    public init() {}

    public static var roles: Set<Role>? { [.desk, .admin, .tl] }

    public func execute(_ context: AppContext, as person: Person?) throws {
        let kit = try ReportKit(context, period: try report.period(context), reader: person)
        try report.emit(try Self.document(kit, by: person), context)
    }

    /// Every shift of the period with its result, and the agent states they were judged on.
    static func results(_ kit: ReportKit) throws -> (
        results: [AdherenceResult], states: LiveAgentStates
    ) {
        let now = kit.context.now
        let shifts = try kit.floor.shifts(from: kit.period.start, to: kit.period.end)
            .filter { s in
                kit.sees(s.agent)
                    && kit.period.spans.contains {
                        Int64(s.start.timeIntervalSince1970) < $0.end
                            && Int64(s.end.timeIntervalSince1970) > $0.start
                    }
            }
        let earliest = shifts.map(\.start).min() ?? kit.period.start
        let states = try kit.floor.agentStates(
            from: min(earliest, kit.period.start).addingTimeInterval(-43_200),
            to: min(now, kit.period.end.addingTimeInterval(43_200)))
        let checker = kit.floor.adherence
        let results = shifts.map {
            checker.evaluate($0, states: kit.visible(states)[$0.agent] ?? [], now: now)
        }
        return (results, states)
    }

    /// The F-02 document.
    static func document(_ kit: ReportKit, by person: Person?) throws -> ReportDocument {
        var doc = kit.document(
            form: "F-02", title: "Roster vs Realisation",
            subtitle: "IN.OCC.TELK.F-02 Kesesuaian Roster Final vs Realisasi",
            by: person)
        let (results, states) = try results(kit)
        let rows: [[ReportTable.Cell]] = results.map { r in
            let s = r.shift
            return [
                .init(s.day), .init(s.agent), .init(kit.name(s.agent)),
                .init("\(clock(kit, s.start))-\(clock(kit, s.end))"),
                .init(r.firstLogin.map { clock(kit, $0) } ?? "-"),
                .init(r.lastLogout.map { clock(kit, $0) } ?? "-"),
                .init(r.loginDelaySeconds.map { ReportKit.minutes($0) } ?? "-", r.isLate ? .bad : .neutral),
                .init(
                    r.attendance.rawValue,
                    r.attendance == .absent ? .bad : r.attendance == .present ? .good : .neutral),
                .init(r.isLate ? "yes" : "no", r.isLate ? .bad : .neutral),
                .init(r.isEarlyLogout ? "yes" : "no", r.isEarlyLogout ? .bad : .neutral),
                .init(ReportKit.hours(r.loggedInSeconds)),
                .init(
                    ReportKit.percent(r.adherence),
                    r.adherence.map { $0 >= 0.9 ? .good : $0 >= 0.8 ? .warn : .bad } ?? .neutral),
                .init(ReportKit.percent(r.conformance)),
            ]
        }
        let rostered = Set(results.map(\.shift.agent))
        let unrostered = kit.visible(states).keys.filter { agent in
            !rostered.contains(agent)
                && kit.period.spans.contains { span in
                    ReportKit.loggedIn(kit.visible(states)[agent] ?? [], in: span, now: kit.context.now) > 0
                }
        }.sorted()
        let present = results.filter { $0.attendance == .present }.count
        let rate = AgentAdherence.attendanceRate(results)
        let adherence = results.compactMap(\.adherence)
        let meanAdherence = adherence.isEmpty ? nil : adherence.reduce(0, +) / Double(adherence.count)
        doc.tiles = [
            .init("Rostered shifts", String(results.count)),
            .init("Present", String(present), status: .good),
            .init(
                "Absent", String(results.filter { $0.attendance == .absent }.count),
                status: results.contains { $0.attendance == .absent } ? .bad : .good),
            .init(
                "Late", String(results.filter(\.isLate).count),
                status: results.contains(where: \.isLate) ? .bad : .good),
            .init(
                "Attendance", ReportKit.percent(rate),
                status: rate.map { $0 >= 0.95 ? .good : $0 >= 0.9 ? .warn : .bad } ?? .neutral),
            .init(
                "Adherence", ReportKit.percent(meanAdherence), note: "mean of shifts",
                status: meanAdherence.map { $0 >= 0.9 ? .good : $0 >= 0.8 ? .warn : .bad } ?? .neutral),
            .init("Not on roster", String(unrostered.count), status: unrostered.isEmpty ? .good : .warn),
        ]
        doc.sections.append(staffing(kit, results: results, states: states))
        doc.sections.append(
            .init(
                "Shifts",
                note:
                    "Delay in minutes (negative = early). Adherence: time in the scheduled activity / time scheduled.",
                tables: [
                    ReportTable(
                        name: "shifts",
                        columns: [
                            "day", "agent", "name", "shift", "first_login", "last_logout", "delay_min",
                            "attendance",
                            "late", "early_logout", "logged_in", "adherence", "conformance",
                        ], rows: rows, empty: "No rostered shift in the period (pandu roster import).")
                ]))
        doc.sections.append(
            .init(
                "Logged in without a shift",
                tables: [
                    ReportTable(
                        name: "not_on_roster", columns: ["agent", "name"],
                        rows: unrostered.map { [.init($0), .init(kit.name($0))] },
                        empty: "Everyone who worked was rostered.")
                ]))
        return doc
    }

    /// Rostered against logged-in agents per hour.
    static func staffing(_ kit: ReportKit, results: [AdherenceResult], states: LiveAgentStates)
        -> ReportDocument.Section
    {
        let grid = kit.period.grid(minutes: 60)
        let now = kit.context.now
        let planned = grid.spans.map { span in
            Double(
                results.filter {
                    Int64($0.shift.start.timeIntervalSince1970) < span.end
                        && Int64($0.shift.end.timeIntervalSince1970) > span.start
                }.count)
        }
        let actual = grid.spans.map { span in
            let total = kit.visible(states).values.reduce(0.0) {
                $0 + ReportKit.loggedIn($1, in: span, now: now)
            }
            return span.start > Int64(now.timeIntervalSince1970)
                ? nil : ((total / Double(max(1, span.seconds))) * 10).rounded() / 10
        }
        return .init(
            "Roster against realisation per hour",
            charts: [
                .init(
                    "Agents rostered vs logged in (hourly average)", kind: .bar, unit: .count,
                    categories: grid.spans.map { kit.period.clock($0.start) },
                    series: [.init("rostered", planned), .init("logged in", actual)])
            ])
    }

    static func clock(_ kit: ReportKit, _ date: Date) -> String {
        kit.period.clock(Int64(date.timeIntervalSince1970))
    }
}
