import ArgumentParser
import Foundation
import PanduCore
import PanduStore

/// `pandu users add CODE --name NAME --role ROLE …`.
public struct UsersAdd: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a person; the PIN is asked twice on a terminal, else read from the first line of stdin.")

    @OptionGroup public var global: GlobalOptions
    @Argument(help: "The numeric login code.") var code: String
    @Option(help: "Full name.") var name: String
    @Option(help: "Role: agent, tl, qc, desk or admin.") var role: String
    @Option(name: .customLong("online-name"), help: "The name used with customers (default: first name).")
    var onlineName: String?
    @Option(help: "Team.") var team: String?
    @Option(help: "Site.") var site: String?
    @Option(help: "Skills: 108,147-T1,147-T2,socmed,caring,data-entry (data-entry approves 108 directory corrections).") var skills: String?

    public init() {}

    public var needsIdentity: Bool { false }

    public func execute(_ context: AppContext, as person: Person?) throws {
        let m = context.messages
        let store = try context.store()
        let bootstrap = try store.countPeople() == 0
        if !bootstrap {
            let actor = try person ?? CommandRunner.authenticator(context).identify(roles: [.admin])
            guard actor.role == .admin else { throw ShellError.denied(m(.adminOnly, actor.code)) }
        }
        let new = try makePerson(messages: m, bootstrap: bootstrap)
        guard try store.person(new.code) == nil else { throw ShellError.usage(m(.personExists, code)) }
        let pin = try PINInput.newPIN(context: context, for: code)
        var stored = new
        stored.pinHash = try context.pinHasher.hash(pin: pin)
        try store.addPerson(stored)
        try store.append(
            HandlingEvent(
                actor: person?.code ?? stored.code, at: context.now, type: .audit,
                data: ["action": "users.add", "code": .string(code), "role": .string(role)]))
        context.output.line(m(.personAdded, stored.code, stored.name, stored.role.rawValue))
    }

    func makePerson(messages m: Messages, bootstrap: Bool) throws -> Person {
        guard !code.isEmpty, code.allSatisfy({ $0.isASCII && $0.isNumber }), code.count <= 12 else {
            throw ShellError.usage(m(.badCode, code))
        }
        guard let r = Role(rawValue: role) else {
            throw ShellError.usage(m(.badRole, role, Role.allCases.map(\.rawValue).joined(separator: ", ")))
        }
        if bootstrap, r != .admin { throw ShellError.usage(m(.firstMustBeAdmin, role)) }
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw ShellError.usage(m(.emptyName)) }
        return Person(
            code: PersonCode(code), name: trimmed, onlineName: onlineName, role: r, team: team, site: site,
            skills: try parseSkills(skills, messages: m))
    }
}
