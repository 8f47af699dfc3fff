import ArgumentParser
import Foundation
import PanduCore
import PanduStore

/// `pandu recovery show ID`: a plan and its whole history.
public struct RecoveryShow: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show a recovery plan with its history.")

    @OptionGroup public var global: GlobalOptions
    @Argument(help: "The plan id.") var id: Int64
    @Option(help: "text or json.") var format: OutputFormat = .text

    public init() {}
    public static var roles: Set<Role>? { [.tl, .desk, .admin] }

    public func execute(_ context: AppContext, as person: Person?) throws {
        let store = try context.monitoringStore()
        guard let plan = try store.recoveryPlan(id: id) else {
            throw ShellError.usage(context.messages(.recoveryNotFound, id))
        }
        let history = try store.recoveryHistory(planID: id)
        var object = RecoveryList.object(plan, context)
        object["history"] = .array(
            history.map { e in
                .object([
                    "at": .string(context.times.format(e.at)), "actor": .string(e.actor.rawValue),
                    "kind": .string(e.kind.rawValue), "note": .string(e.note), "data": .object(e.data),
                ])
            })
        if format == .json {
            context.output.raw(JSONText.encode(JSONValue.object(object)))
            return
        }
        for key in RecoveryList.columns + ["suggestion", "opened_at", "opened_by"] {
            context.output.line("\(key): \(PeopleReport.cell(object[key]))")
        }
        let rows = history.map { e in
            [context.times.format(e.at), e.actor.rawValue, e.kind.rawValue, e.note, PeopleReport.cell(.object(e.data))]
        }
        context.output.raw(Table(columns: ["at", "actor", "kind", "note", "data"], rows: rows).text())
    }
}
