import ArgumentParser
import Foundation
import PanduCore
import PanduStore

/// `pandu report qc --from --to`: QC per agent and team over a period.
public struct ReportQC: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "qc",
        abstract:
            "QC per agent and team over a period: evaluations, average score, pass rate, fatal count, most failed parameters, weekly trend.",
        discussion: """
            Counts every evaluation (not calibration forms) of contacts handled in [--from, --to). A TL sees their
            team and released evaluations only. Weeks are ISO weeks in the site's zone.
            """)

    @OptionGroup public var global: GlobalOptions
    @Option(help: "Contacts from this date (ISO 8601).") var from: String
    @Option(help: "Contacts before this date (ISO 8601).") var to: String
    @Option(help: "Only this team.") var team: String?
    @Option(help: "Only this agent.") var agent: String?
    @Option(help: "markdown (or md), csv, json or html (a self-contained page with charts).")
    var format: DocumentFormat = .markdown
    public static var roles: Set<Role>? { [.qc, .tl, .desk, .admin] }

    public init() {}

    public func execute(_ context: AppContext, as person: Person?) throws {
        let m = context.messages
        guard let person else { throw ShellError.denied(m(.whoAreYou)) }
        if let team, person.role == .tl, team != person.team { throw ShellError.denied(m(.reviewNotYourTeam, team)) }
        let people = try context.peopleByCode()
        var agents = try SessionAccess(store: context.store(), person: person).visibleAgents()
        if let agent {
            if let visible = agents, !visible.contains(PersonCode(agent)) {
                throw ShellError.denied(m(.notYourSessions, agent))
            }
            agents = [PersonCode(agent)]
        }
        if let team { agents = (agents ?? Array(people.keys)).filter { people[$0]?.team == team } }
        let query = EvaluationQuery(
            agents: agents, statuses: EvaluationAccess(context: context, person: person).visibleStatuses,
            from: try parseTime(from, context), to: try parseTime(to, context))
        let evaluations = try context.qcStore().evaluations(query)
        let teams = people.compactMapValues(\.team)
        let report = QCReport(evaluations: evaluations, teams: teams, zone: context.siteZone.timeZone)
        let page = ReportDocument.headed(
            form: "QC", title: "Laporan QC", subtitle: "QC per agent and team", period: "\(from) – \(to)",
            context: context, by: person)
        let text = QCReportText(
            report: report, from: from, to: to, names: people.mapValues(\.name), page: page,
            passingScore: try ReportDocument.passingScore(for: format, context))
        context.output.raw(text.render(format))
    }
}
