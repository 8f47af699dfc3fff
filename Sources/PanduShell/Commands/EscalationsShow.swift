import ArgumentParser
import Foundation
import PanduCore
import PanduStore

/// `pandu escalations show ID`.
public struct EscalationsShow: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show one escalation with its status history.")

    @OptionGroup public var global: GlobalOptions
    @Argument(help: "The escalation id.") var id: Int64
    @Option(help: "text, json or csv (csv and json list the history).") var format: OutputFormat = .text

    public init() {}

    public func execute(_ context: AppContext, as person: Person?) throws {
        guard let person else { throw ShellError.denied(context.messages(.whoAreYou)) }
        let desk = FollowUpDesk(context: context, person: person)
        let escalation = try desk.escalation(id)
        guard person.role != .agent || escalation.raisedBy == person.code || escalation.owner == person.code else {
            throw ShellError.denied(context.messages(.escalationNotFound, id))
        }
        if format == .text {
            for (name, value) in zip(
                FollowUpTables.escalationColumns, FollowUpTables.escalationRow(escalation, desk: desk))
            where !value.isEmpty {
                context.output.line("\(name.padding(toLength: 13, withPad: " ", startingAt: 0)) \(value)")
            }
            context.output.line("")
        }
        let rows = try desk.store().escalationHistory(id).map { h in
            [desk.time(h.at), h.actor.rawValue, h.status.rawValue, desk.shownText(h.note ?? "")]
        }
        context.output.raw(Table(columns: ["at", "actor", "status", "note"], rows: rows).render(format))
    }
}
