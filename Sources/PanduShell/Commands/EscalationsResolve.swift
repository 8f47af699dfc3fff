import ArgumentParser
import PanduCore

/// `pandu escalations resolve ID --note N`.
public struct EscalationsResolve: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "resolve", abstract: "Resolve an escalation you own, saying what was done (stops the SLA clock).")

    @OptionGroup public var global: GlobalOptions
    @Argument(help: "The escalation id.") var id: Int64
    @Option(help: "What was done.") var note: String

    public init() {}

    public func execute(_ context: AppContext, as person: Person?) throws {
        guard let person else { throw ShellError.denied(context.messages(.whoAreYou)) }
        let e = try FollowUpDesk(context: context, person: person).moveEscalation(id, to: .resolved, note: note)
        context.output.line(context.messages(.escalationMoved, id, e.status.rawValue))
    }
}
