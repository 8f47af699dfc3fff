import ArgumentParser
import PanduCore

/// `pandu users disable CODE`.
public struct UsersDisable: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "disable", abstract: "Disable a person so they can no longer log in (admin).")
    public static var roles: Set<Role>? { [.admin] }

    @OptionGroup public var global: GlobalOptions
    @Argument(help: "The person's login code.") var code: String

    public init() {}

    public func execute(_ context: AppContext, as person: Person?) throws {
        let m = context.messages
        let store = try context.store()
        guard var target = try store.person(PersonCode(code)) else { throw ShellError.usage(m(.noSuchPerson, code)) }
        guard target.code != person?.code else { throw ShellError.usage(m(.cannotDisableSelf)) }
        target.disabled = true
        try store.updatePerson(target)
        try store.append(
            HandlingEvent(
                actor: person?.code ?? target.code, at: context.now, type: .audit,
                data: ["action": "users.disable", "code": .string(code)]))
        context.output.line(m(.personDisabledDone, code))
    }
}
