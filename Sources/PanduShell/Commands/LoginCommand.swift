import ArgumentParser
import Foundation
import PanduCore
import PanduStore

/// `pandu login CODE`: checks the PIN once and leaves a login for later one-shot commands (one shift).
public struct LoginCommand: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "login",
        abstract: "Log in for one-shot commands for a shift (PIN asked on a terminal, else read from stdin).")

    @OptionGroup public var global: GlobalOptions
    @Argument(help: "Your numeric login code.") var code: String

    public init() {}
    public var needsIdentity: Bool { false }

    public func execute(_ context: AppContext, as person: Person?) throws {
        let m = context.messages
        guard let pin = context.input.secret(m(.promptPIN)) else { throw ShellError.usage(m(.pinMissing, code)) }
        let auth = CommandRunner.authenticator(context)
        let who = try auth.verify(code: code, pin: pin)
        let expires = context.now.addingTimeInterval(SavedLogin.lifetime)
        var rng = SystemRandomNumberGenerator()
        let token = LoginToken.generate(using: &rng)
        // The store first: a file whose token the store does not know would only be refused later.
        try context.loginTokenStore().saveLogin(
            LoginToken.record(token: token, person: who, createdAt: context.now, expires: expires))
        let saved = SavedLogin(code: who.code.rawValue, expires: expires, token: token)
        try saved.save(environment: context.environment)
        context.output.line(m(.loggedInUntil, who.name, context.times.format(expires)))
    }
}
