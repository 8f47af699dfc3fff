import ArgumentParser
import Foundation
import PanduCore
import PanduStore

/// `pandu sessions list`.
public struct SessionsList: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List contacts you may see, newest first.")

    @OptionGroup public var global: GlobalOptions
    @Option(help: "Only this agent's contacts.") var agent: String?
    @Option(help: "Only this flow.") var flow: String?
    @Option(help: "Only this status: open, closed, interrupted.") var status: String?
    @Option(help: "From this date/time (ISO 8601).") var from: String?
    @Option(help: "Before this date/time (ISO 8601).") var to: String?
    @Option(help: "At most this many.") var limit: Int = 100
    @Option(help: "text, json or csv.") var format: OutputFormat = .text

    public init() {}

    public func execute(_ context: AppContext, as person: Person?) throws {
        let m = context.messages
        let store = try context.store()
        guard let person else { throw ShellError.denied(m(.whoAreYou)) }
        var agents = try SessionAccess(store: store, person: person).visibleAgents()
        if let agent {
            let code = PersonCode(agent)
            if let visible = agents, !visible.contains(code) { throw ShellError.denied(m(.notYourSessions, agent)) }
            agents = [code]
        }
        let query = SessionQuery(
            agents: agents, flow: flow.map { FlowID($0) }, status: try parseStatus(m),
            from: try parseTime(from, context), to: try parseTime(to, context), limit: limit)
        let rows = try store.sessions(query).map { s in
            [
                s.id.rawValue, s.agent.rawValue, s.flow.rawValue, s.status.rawValue, s.disposition ?? "",
                context.times.format(s.startedAt), s.endedAt.map { context.times.format($0) } ?? "",
                String(Int(s.duration(now: context.now))),
            ]
        }
        let table = Table(
            columns: ["id", "agent", "flow", "status", "disposition", "started", "ended", "seconds"], rows: rows)
        context.output.raw(table.render(format))
    }

    func parseStatus(_ m: Messages) throws -> SessionRecord.Status? {
        guard let status else { return nil }
        guard let s = SessionRecord.Status(rawValue: status) else { throw ShellError.usage(m(.badStatus, status)) }
        return s
    }
}

/// An ISO 8601 option value, or a usage error naming it.
func parseTime(_ text: String?, _ context: AppContext) throws -> Date? {
    guard let text else { return nil }
    guard let date = context.times.parse(text) else { throw ShellError.usage(context.messages(.badTime, text)) }
    return date
}
