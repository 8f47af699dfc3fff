import ArgumentParser
import Foundation
import PanduCore
import PanduStore

/// `pandu recovery act ID --action TEXT [--told WHO] [--owner CODE]`: records what was done and who was told.
public struct RecoveryAct: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "act",
        abstract: "Record an action on a recovery plan, who it was distributed to, or a new owner.",
        discussion: """
            --action is what was done ("3 agents pulled from AUX"); --told lists who was told (login codes or \
            role / team names, comma-separated: the distribution of P-10 step 10); --owner hands the plan to \
            someone. Each becomes an entry of the plan's history; the plan moves to status acting. \
            Roles: desk, admin.
            """)

    @OptionGroup public var global: GlobalOptions
    @Argument(help: "The plan id.") var id: Int64
    @Option(help: "What was done.") var action: String?
    @Option(help: "Who was told: login codes, roles or teams, comma-separated.") var told: String?
    @Option(help: "The new owner's login code.") var owner: String?

    public init() {}
    public static var roles: Set<Role>? { [.desk, .admin] }

    public func execute(_ context: AppContext, as person: Person?) throws {
        let m = context.messages
        let store = try context.monitoringStore()
        guard try store.recoveryPlan(id: id) != nil else { throw ShellError.usage(m(.recoveryNotFound, id)) }
        guard action != nil || told != nil || owner != nil else { throw ShellError.usage(m(.recoveryActionNeeded)) }
        let actor = person?.code ?? PersonCode("system")
        let newOwner = try owner.map { try Self.person($0, context) }
        var done: [String] = []
        if let action {
            try store.appendRecovery(
                RecoveryEntry(planID: id, at: context.now, actor: actor, kind: .action, note: action),
                status: .acting, owner: nil)
            done.append("action")
        }
        if let told {
            let who = told.split(separator: ",").map { JSONValue.string($0.trimmingCharacters(in: .whitespaces)) }
            try store.appendRecovery(
                RecoveryEntry(
                    planID: id, at: context.now, actor: actor, kind: .distributed, note: told,
                    data: ["told": .array(who)]),
                status: .acting, owner: nil)
            done.append("distributed")
        }
        if let newOwner {
            try store.appendRecovery(
                RecoveryEntry(planID: id, at: context.now, actor: actor, kind: .owner, note: newOwner.rawValue),
                status: nil, owner: newOwner)
            done.append("owner")
        }
        context.output.line(m(.recoveryActed, id, done.joined(separator: ", ")))
    }

    /// A login code that names a person.
    static func person(_ code: String, _ context: AppContext) throws -> PersonCode {
        guard try context.store().person(PersonCode(code)) != nil else {
            throw ShellError.usage(context.messages(.noSuchPerson, code))
        }
        return PersonCode(code)
    }
}
