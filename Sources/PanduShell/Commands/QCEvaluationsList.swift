import ArgumentParser
import Foundation
import PanduCore
import PanduStore

/// `pandu qc evaluations list`: evaluations, newest contact first.
public struct QCEvaluationsList: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List evaluations: QC sees all; an agent their own and a TL their team's once released.")

    @OptionGroup public var global: GlobalOptions
    @Option(help: "Only this agent's.") var agent: String?
    @Option(help: "Only this status: submitted, released, disputed, resolved, acknowledged.") var status: String?
    @Option(help: "Contacts from this date/time (ISO 8601).") var from: String?
    @Option(help: "Contacts before this date/time (ISO 8601).") var to: String?
    @Option(help: "At most this many.") var limit: Int = 100
    @Option(help: "text, json or csv.") var format: OutputFormat = .text

    public init() {}

    public func execute(_ context: AppContext, as person: Person?) throws {
        let m = context.messages
        guard let person else { throw ShellError.denied(m(.whoAreYou)) }
        var agents = try SessionAccess(store: context.store(), person: person).visibleAgents()
        if let agent {
            let code = PersonCode(agent)
            if let visible = agents, !visible.contains(code) { throw ShellError.denied(m(.notYourSessions, agent)) }
            agents = [code]
        }
        let access = EvaluationAccess(context: context, person: person)
        var statuses = access.visibleStatuses
        if let status {
            guard let s = QCEvaluation.Status(rawValue: status), s != .calibration else {
                throw ShellError.usage(m(.badStatus, status))
            }
            if let visible = statuses, !visible.contains(s) { throw ShellError.denied(m(.qcOnlyQC)) }
            statuses = [s]
        }
        let query = EvaluationQuery(
            agents: agents, statuses: statuses, from: try parseTime(from, context), to: try parseTime(to, context),
            limit: limit)
        let rows = try context.qcStore().evaluations(query).map { e in
            [
                String(e.id), e.sessionID?.rawValue ?? e.transcriptID ?? "", e.agent.rawValue, e.standard.rawValue,
                e.standardVersion, e.evaluator.rawValue, e.status.rawValue, e.score.map(ScoreText.format) ?? "",
                e.fatal ? "yes" : "no", e.overall?.rawValue ?? "", context.times.format(e.contactAt),
            ]
        }
        let columns = [
            "id", "contact", "agent", "standard", "version", "evaluator", "status", "score", "fatal", "overall",
            "contact_at",
        ]
        context.output.raw(Table(columns: columns, rows: rows).render(format))
    }
}
