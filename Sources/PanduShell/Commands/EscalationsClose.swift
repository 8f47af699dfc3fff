import ArgumentParser
import PanduCore

/// `pandu escalations close ID`.
public struct EscalationsClose: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "close", abstract: "Close a resolved escalation you own.")

    @OptionGroup public var global: GlobalOptions
    @Argument(help: "The escalation id.") var id: Int64
    @Option(help: "A note for the history.") var note: String?

    public init() {}

    public func execute(_ context: AppContext, as person: Person?) throws {
        guard let person else { throw ShellError.denied(context.messages(.whoAreYou)) }
        let e = try FollowUpDesk(context: context, person: person).moveEscalation(id, to: .closed, note: note)
        context.output.line(context.messages(.escalationMoved, id, e.status.rawValue))
    }
}
