import ArgumentParser
import PanduCore

/// `pandu logout`: forgets the saved login.
public struct LogoutCommand: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "logout", abstract: "Forget the login that `pandu login` left.")

    @OptionGroup public var global: GlobalOptions
    public init() {}
    public var needsIdentity: Bool { false }

    public func execute(_ context: AppContext, as person: Person?) throws {
        SavedLogin.remove(environment: context.environment)
        context.output.line(context.messages(.loggedOut))
    }
}
