import Foundation
import PanduCore
import PanduStore

/// Decides who a one-shot command acts as: `PANDU_USER` + `PANDU_PIN`, the login `pandu login` left,
/// or a PIN prompt on a terminal. On a store with nobody in it there is no one to be: only the first
/// admin may be added.
public struct Authenticator {
    let context: AppContext
    let hasher: PINHasher
    let readSecret: (String) -> String?
    let readLine: (String) -> String?
    let interactive: Bool

    public init(
        context: AppContext, hasher: PINHasher = PINHasher(), interactive: Bool,
        readLine: @escaping (String) -> String?, readSecret: @escaping (String) -> String?
    ) {
        self.context = context
        self.hasher = hasher
        self.interactive = interactive
        self.readLine = readLine
        self.readSecret = readSecret
    }

    /// The person the command acts as, checked against `roles` (nil = any role).
    public func identify(roles: Set<Role>? = nil) throws -> Person {
        let m = context.messages
        let store = try context.store()
        guard try store.countPeople() > 0 else { throw ShellError.denied(m(.storeEmpty)) }
        let person = try resolve(store: store)
        if let roles, !roles.contains(person.role) {
            throw ShellError.denied(
                m(
                    .roleDenied, person.code, person.role.rawValue,
                    roles.map(\.rawValue).sorted().joined(separator: ", ")))
        }
        return person
    }

    /// Checks a code and PIN; the same judgment for the shell's `login` and for scripts.
    public func verify(code: String, pin: String) throws -> Person {
        let m = context.messages
        let store = try context.store()
        guard let person = try store.person(PersonCode(code)), hasher.verify(pin: pin, against: person.pinHash)
        else { throw ShellError.denied(m(.badCredentials, code)) }
        guard !person.disabled else { throw ShellError.denied(m(.personDisabled, code)) }
        return person
    }

    private func resolve(store: any Store) throws -> Person {
        let m = context.messages
        let env = context.environment
        if let code = env["PANDU_USER"], !code.isEmpty {
            guard let pin = env["PANDU_PIN"] else { throw ShellError.denied(m(.pinMissing, code)) }
            return try verify(code: code, pin: pin)
        }
        if let saved = SavedLogin.load(environment: env), let person = try store.person(PersonCode(saved.code)),
            let tokens = store as? any LoginTokenStore,
            let stored = try tokens.storedLogin(digest: LoginToken.digest(saved.token)),
            LoginToken.admits(stored, person: person, now: context.now)
        {
            return person
        }
        guard interactive, let code = readLine(m(.promptCode)), let pin = readSecret(m(.promptPIN)) else {
            throw ShellError.denied(m(.whoAreYou))
        }
        return try verify(code: code.trimmingCharacters(in: .whitespaces), pin: pin)
    }
}
