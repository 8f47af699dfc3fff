import ArgumentParser
import Foundation
import PanduCore
import PanduStore

/// `pandu callbacks list`.
public struct CallbacksList: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List callbacks in queue order (due time, then priority).",
        discussion: "Numbers are shown in full only to Tier 2 agents (skill 147-T2).")

    @OptionGroup public var global: GlobalOptions
    @Option(help: "Only this status: open, in-progress, resolved, closed, cancelled (default: open and in-progress).")
    var status: String?
    @Flag(help: "Every status.") var all = false
    @Flag(help: "Only those due now.") var due = false
    @Flag(help: "Only those past the agent hold (knowledge/callbacks.yaml).") var overdue = false
    @Option(help: "Only those owned by this agent.") var agent: String?
    @Option(help: "At most this many.") var limit: Int = 200
    @Option(help: "text, json or csv.") var format: OutputFormat = .text

    public init() {}

    public func execute(_ context: AppContext, as person: Person?) throws {
        guard let person else { throw ShellError.denied(context.messages(.whoAreYou)) }
        let desk = FollowUpDesk(context: context, person: person)
        var statuses: Set<CallbackStatus>? = [.open, .inProgress]
        if let status {
            guard let s = CallbackStatus(rawValue: status) else {
                throw ShellError.usage(
                    context.messages(.badFollowUpStatus, status, "open, in-progress, resolved, closed, cancelled"))
            }
            statuses = [s]
        } else if all {
            statuses = nil
        }
        let now = context.now
        let policy = try context.callbackPolicy()
        let query = CallbackQuery(
            statuses: statuses, owner: agent.map { PersonCode($0) }, dueBefore: due || overdue ? now : nil)
        let rows = try desk.visibleCallbacks(query)
            .filter { !overdue || $0.isOverdue(at: now, policy: policy) }
            .prefix(max(0, limit))
            .map { FollowUpTables.callbackRow($0, desk: desk, policy: policy) }
        context.output.raw(Table(columns: FollowUpTables.callbackColumns, rows: Array(rows)).render(format))
    }
}
