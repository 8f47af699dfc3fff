import ArgumentParser
import PanduCore
import PanduStore

/// `pandu users set-pin CODE`.
public struct UsersSetPIN: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "set-pin", abstract: "Set a person's PIN (admin); asked twice, or read from stdin.")
    public static var roles: Set<Role>? { [.admin] }

    @OptionGroup public var global: GlobalOptions
    @Argument(help: "The person's login code.") var code: String

    public init() {}

    public func execute(_ context: AppContext, as person: Person?) throws {
        let m = context.messages
        let store = try context.store()
        guard var target = try store.person(PersonCode(code)) else { throw ShellError.usage(m(.noSuchPerson, code)) }
        let pin = try PINInput.newPIN(context: context, for: code)
        target.pinHash = try context.pinHasher.hash(pin: pin)
        try store.updatePerson(target)
        try store.append(
            HandlingEvent(
                actor: person?.code ?? target.code, at: context.now, type: .audit,
                data: ["action": "users.set-pin", "code": .string(code)]))
        context.output.line(m(.pinChanged, code))
    }
}
