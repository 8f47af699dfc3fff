import ArgumentParser
import Foundation
import PanduCore
import PanduStore

/// `pandu callbacks show ID`.
public struct CallbacksShow: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show one callback with its whole history (every attempt and change).")

    @OptionGroup public var global: GlobalOptions
    @Argument(help: "The callback id.") var id: Int64
    @Option(help: "text, json or csv (csv and json list the history).") var format: OutputFormat = .text

    public init() {}

    public func execute(_ context: AppContext, as person: Person?) throws {
        guard let person else { throw ShellError.denied(context.messages(.whoAreYou)) }
        let desk = FollowUpDesk(context: context, person: person)
        let callback = try desk.callback(id)
        guard try desk.visibleCallbacks(CallbackQuery(ids: [id])).isEmpty == false else {
            throw ShellError.denied(context.messages(.callbackNotFound, id))
        }
        let history = try desk.store().callbackHistory(ids: [id], action: nil, from: nil, to: nil)
        let rows = history.map { h in
            [
                desk.time(h.at), h.actor.rawValue, h.action.rawValue, h.outcome ?? "", h.status.rawValue,
                h.owner?.rawValue ?? "", desk.time(h.dueAt), h.sessionID?.rawValue ?? "", desk.shownText(h.note ?? ""),
            ]
        }
        let table = Table(
            columns: ["at", "actor", "action", "outcome", "status", "owner", "due", "session", "note"], rows: rows)
        if format == .text {
            let policy = try context.callbackPolicy()
            let row = FollowUpTables.callbackRow(callback, desk: desk, policy: policy)
            for (name, value) in zip(FollowUpTables.callbackColumns, row) where !value.isEmpty {
                context.output.line("\(name.padding(toLength: 13, withPad: " ", startingAt: 0)) \(value)")
            }
            context.output.line("")
        }
        context.output.raw(table.render(format))
    }
}
