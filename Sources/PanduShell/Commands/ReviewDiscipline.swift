import ArgumentParser
import Foundation
import PanduCore
import PanduStore

/// `pandu review discipline AGENT --rule R --action A`: one F-03 line (the rule broken, the action taken).
public struct ReviewDiscipline: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "discipline",
        abstract:
            "Record a discipline entry (F-03): the rule broken and the action taken; without --rule, list the agent's entries.",
        discussion: """
            Rules and the action ladder (teguran-lisan, teguran-tertulis, sp1, sp2, sp3) are in knowledge/review.yaml.
            A TL records entries for agents of their own team only.
            """)

    @OptionGroup public var global: GlobalOptions
    @Argument(help: "The agent's login code.") var agent: String
    @Option(help: "The rule broken (an id of knowledge/review.yaml discipline_rules).") var rule: String?
    @Option(help: "The action taken (an id of discipline_actions, e.g. teguran-lisan, sp1).") var action: String?
    @Option(help: "The contact it concerns, if any.") var session: String?
    @Option(help: "A remark.") var note: String?
    @Option(help: "text, json or csv (listing).") var format: OutputFormat = .text
    public static var roles: Set<Role>? { [.tl, .desk, .admin] }

    public init() {}

    public func execute(_ context: AppContext, as person: Person?) throws {
        let m = context.messages
        guard let person else { throw ShellError.denied(m(.whoAreYou)) }
        let store = try context.store()
        let code = PersonCode(agent)
        guard try store.person(code) != nil else { throw ShellError.usage(m(.reviewUnknownAgent, agent)) }
        if let visible = try SessionAccess(store: store, person: person).visibleAgents(), !visible.contains(code) {
            throw ShellError.denied(m(.notYourSessions, agent))
        }
        guard rule != nil || action != nil else { return try list(code, context) }
        let settings = try context.reviewSettings()
        guard let rule, settings.rule(rule) != nil else {
            throw ShellError.usage(
                m(.reviewBadRule, rule ?? "", settings.disciplineRules.map(\.id).joined(separator: ", ")))
        }
        guard let action, settings.action(action) != nil else {
            throw ShellError.usage(
                m(.reviewBadAction, action ?? "", settings.disciplineActions.map(\.id).joined(separator: ", ")))
        }
        var sessionID: SessionID?
        if let session {
            let (s, _) = try SessionLoader(context: context, person: person).load(SessionID(session))
            guard s.agent == code else { throw ShellError.usage(m(.reviewSessionOfOther, session, agent)) }
            sessionID = s.id
        }
        let record = try context.reviewStore().addDiscipline(
            DisciplineRecord(
                agent: code, rule: rule, action: action, sessionID: sessionID, note: note, author: person.code,
                at: context.now))
        context.output.line(m(.reviewDisciplineAdded, record.id, agent, rule, action))
    }

    private func list(_ code: PersonCode, _ context: AppContext) throws {
        let rows = try context.reviewStore().disciplineRecords(agent: code).map { r in
            [
                String(r.id), context.times.format(r.at), r.agent.rawValue, r.rule, r.action,
                r.sessionID?.rawValue ?? "", r.author.rawValue, r.note ?? "",
            ]
        }
        let table = Table(columns: ["id", "at", "agent", "rule", "action", "session", "by", "note"], rows: rows)
        context.output.raw(table.render(format))
    }
}
