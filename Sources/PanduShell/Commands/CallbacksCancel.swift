import ArgumentParser
import PanduCore

/// `pandu callbacks cancel ID --reason R`.
public struct CallbacksCancel: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "cancel", abstract: "Withdraw an open callback, with the reason (TL, desk, admin).")

    @OptionGroup public var global: GlobalOptions
    @Argument(help: "The callback id.") var id: Int64
    @Option(help: "Why it is withdrawn.") var reason: String

    public init() {}

    public func execute(_ context: AppContext, as person: Person?) throws {
        guard let person else { throw ShellError.denied(context.messages(.whoAreYou)) }
        _ = try FollowUpDesk(context: context, person: person).cancelCallback(id, reason: reason)
        context.output.line(context.messages(.callbackCancelled, id))
    }
}
