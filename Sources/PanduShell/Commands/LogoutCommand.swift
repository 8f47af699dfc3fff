import ArgumentParser
import PanduCore
import PanduStore

/// `pandu logout`: revokes the saved login in the store and forgets it.
public struct LogoutCommand: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "logout", abstract: "End the login that `pandu login` left (revoked in the store, then forgotten)."
    )

    @OptionGroup public var global: GlobalOptions
    public init() {}
    public var needsIdentity: Bool { false }

    public func execute(_ context: AppContext, as person: Person?) throws {
        // The token is revoked in the store, so a copy of the file left elsewhere stops working too.
        // The file goes even when the store cannot be reached: the login then ends at its expiry.
        defer { SavedLogin.remove(environment: context.environment) }
        if let saved = SavedLogin.load(environment: context.environment) {
            _ = try context.loginTokenStore().revokeLogin(digest: LoginToken.digest(saved.token))
        }
        context.output.line(context.messages(.loggedOut))
    }
}
