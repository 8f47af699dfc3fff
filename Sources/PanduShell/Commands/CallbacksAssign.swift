import ArgumentParser
import PanduCore

/// `pandu callbacks assign ID AGENT`.
public struct CallbacksAssign: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "assign",
        abstract: "Give a callback to one Tier 2 agent (TL, desk, admin).",
        discussion:
            "If the agent does not work it within agent_hold_minutes of its due time, it falls back to the whole team.")

    @OptionGroup public var global: GlobalOptions
    @Argument(help: "The callback id.") var id: Int64
    @Argument(help: "The agent's login code.") var agent: String

    public init() {}

    public func execute(_ context: AppContext, as person: Person?) throws {
        guard let person else { throw ShellError.denied(context.messages(.whoAreYou)) }
        let callback = try FollowUpDesk(context: context, person: person).assignCallback(id, to: agent)
        context.output.line(context.messages(.callbackAssigned, id, callback.owner?.rawValue ?? agent))
    }
}
