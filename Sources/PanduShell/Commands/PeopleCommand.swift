import ArgumentParser
import Foundation
import PanduCore
import PanduStore

/// `pandu people`: the people side of real-time monitoring, per agent and shift.
public struct PeopleCommand: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "people",
        abstract: "Per agent and shift: punctuality, attendance, AUX by reason vs allowance, adherence, conformance.",
        discussion: """
            For each rostered shift of the day (pandu roster import): attendance (present, absent, pending \
            before the shift starts plus grace), first login and login delay (late beyond login_grace_minutes of \
            knowledge/targets.yaml), last logout and early logout (beyond early_logout_grace_minutes), logged-in \
            minutes, AUX minutes and % by reason (reasons over their own allowance in aux-reasons.yaml are \
            listed), AUX outside planned breaks against the shift's allowance, schedule adherence (minutes in \
            the scheduled activity / scheduled minutes) and conformance. Agents logged in without a shift are \
            listed as not_on_roster. States come from Pandu's shell (login, ready, aux, acw, logout; "login" \
            alone counts as AUX not-ready) or, for people with no shell states that day, from the ACD's member \
            lines (through `pandu acd map`). A running shift is measured up to now. Roles: tl, desk, admin.
            """)

    @OptionGroup public var global: GlobalOptions
    @Option(help: "The roster day, YYYY-MM-DD (default today).") var date: String?
    @Option(help: "Only this agent.") var agent: String?
    @Option(help: "text, json or csv.") var format: OutputFormat = .text

    public init() {}
    public static var roles: Set<Role>? { [.tl, .desk, .admin] }

    public func execute(_ context: AppContext, as person: Person?) throws {
        let dayText = date ?? String(context.times.format(context.now).prefix(10))
        guard let d = RosterCSV.date(dayText) else { throw ShellError.usage(context.messages(.badTime, dayText)) }
        let start = CivilTime.epoch(
            year: d.0, month: d.1, day: d.2, utcOffsetSeconds: context.siteZone.hoursFromUTC * 3600)
        let day = TimeSpan(start: start, end: start + 86_400)
        let store = try context.monitoringStore()
        let roster = try store.roster(from: nil, to: nil, day: dayText, agent: agent)
        let window = roster.reduce((day.startDate, day.endDate)) {
            (min($0.0, $1.shift.start), max($0.1, $1.shift.end))
        }
        let (states, source) = try AgentStates(
            store: store, events: try context.store(), reasons: AuxReasonMap(try context.knowledge().auxReasons)
        ).load(
            from: window.0.addingTimeInterval(-7200), to: window.1.addingTimeInterval(7200), now: context.now)
        let mine = agent.map { a in states.filter { $0.agent == a } } ?? states
        let report = PeopleReport(
            targets: try context.kpiTargets(), auxReasons: try context.knowledge().auxReasons, zone: context.siteZone)
        let rows = report.rows(roster: roster, states: mine, source: source, day: day, now: context.now)
        switch format {
        case .json: context.output.raw(JSONText.encode(rows.map(JSONValue.object)))
        default:
            let table = Table(
                columns: PeopleReport.columns,
                rows: rows.map { r in PeopleReport.columns.map { PeopleReport.cell(r[$0]) } })
            context.output.raw(table.render(format))
        }
    }
}
