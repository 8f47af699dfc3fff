import ArgumentParser
import Foundation
import PanduCore
import PanduStore

/// `pandu escalations list`.
public struct EscalationsList: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List escalations by due time (agents: those they raised or own).")

    @OptionGroup public var global: GlobalOptions
    @Option(help: "Only this status: open, acknowledged, resolved, closed (default: open and acknowledged).")
    var status: String?
    @Flag(help: "Every status.") var all = false
    @Flag(help: "Only those pending past their SLA.") var overdue = false
    @Flag(help: "Only those you own.") var mine = false
    @Option(help: "Only this level (knowledge/escalations.yaml).") var level: String?
    @Option(help: "Only those owned by this person.") var owner: String?
    @Option(help: "Raised from this date/time (ISO 8601).") var from: String?
    @Option(help: "Raised before this date/time (ISO 8601).") var to: String?
    @Option(help: "At most this many.") var limit: Int = 200
    @Option(help: "text, json or csv.") var format: OutputFormat = .text

    public init() {}

    public func execute(_ context: AppContext, as person: Person?) throws {
        guard let person else { throw ShellError.denied(context.messages(.whoAreYou)) }
        let desk = FollowUpDesk(context: context, person: person)
        var statuses: Set<EscalationStatus>? = [.open, .acknowledged]
        if let status {
            guard let s = EscalationStatus(rawValue: status) else {
                throw ShellError.usage(
                    context.messages(.badFollowUpStatus, status, "open, acknowledged, resolved, closed"))
            }
            statuses = [s]
        } else if all {
            statuses = nil
        }
        let query = EscalationQuery(
            statuses: statuses, level: level, owner: owner.map { PersonCode($0) },
            raisedFrom: try parseTime(from, context), raisedTo: try parseTime(to, context))
        let now = context.now
        let rows = try desk.visibleEscalations(query)
            .filter { (!overdue || $0.isOverdue(at: now)) && (!mine || $0.isOwned(by: person)) }
            .prefix(max(0, limit))
            .map { FollowUpTables.escalationRow($0, desk: desk) }
        context.output.raw(Table(columns: FollowUpTables.escalationColumns, rows: Array(rows)).render(format))
    }
}
