import ArgumentParser
import Foundation
import PanduCore
import PanduStore

/// `pandu report escalations`: escalations raised in the period by level, SLA met or missed.
public struct ReportEscalations: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "escalations",
        abstract:
            "Escalations raised in the period by level: raised, SLA met / missed, pending, overdue, median minutes.",
        discussion: "Met = resolved by raised + the level's sla_minutes; pending ones past due count as missed.")

    @OptionGroup public var global: GlobalOptions
    @Option(help: "Start (ISO 8601, site zone); default today.") var from: String?
    @Option(help: "End, exclusive; default one day after --from.") var to: String?
    @Option(help: "md (or markdown), csv, json or html (a self-contained page with charts).")
    var format: DocumentFormat = .md

    public static var roles: Set<Role>? { [.tl, .desk, .admin] }
    public init() {}

    public func execute(_ context: AppContext, as person: Person?) throws {
        guard let person else { throw ShellError.denied(context.messages(.whoAreYou)) }
        let desk = FollowUpDesk(context: context, person: person)
        let period = try FollowUpReportPeriod(from: from, to: to, context: context)
        let escalations = try desk.store().escalations(EscalationQuery(raisedFrom: period.from, raisedTo: period.to))
        let report = EscalationSLAReport(
            from: period.from, to: period.to, now: context.now, levels: try context.escalationLevels(),
            escalations: escalations)
        context.output.raw(EscalationReportText(report: report, desk: desk).render(format))
    }
}
