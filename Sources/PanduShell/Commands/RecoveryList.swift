import ArgumentParser
import Foundation
import PanduCore
import PanduStore

/// `pandu recovery list`: plans, newest interval first.
public struct RecoveryList: ContextCommand {
    public static let configuration = CommandConfiguration(commandName: "list", abstract: "List recovery plans.")

    @OptionGroup public var global: GlobalOptions
    @Option(help: "Only these statuses, comma-separated: open, acting, verified, failed.") var status: String?
    @Option(help: "Plans of intervals from this date/time.") var from: String?
    @Option(help: "Plans of intervals before this date/time.") var to: String?
    @Option(help: "text, json or csv.") var format: OutputFormat = .text

    public init() {}
    public static var roles: Set<Role>? { [.tl, .desk, .admin] }

    public func execute(_ context: AppContext, as person: Person?) throws {
        var statuses: Set<RecoveryPlan.Status> = []
        for raw in (status ?? "").split(separator: ",") {
            guard let s = RecoveryPlan.Status(rawValue: raw.trimmingCharacters(in: .whitespaces)) else {
                throw ShellError.usage(context.messages(.badStatus, String(raw)))
            }
            statuses.insert(s)
        }
        let plans = try context.monitoringStore().recoveryPlans(
            from: try parseTime(from, context), to: try parseTime(to, context), statuses: statuses)
        if format == .json {
            context.output.raw(JSONText.encode(plans.map { JSONValue.object(Self.object($0, context)) }))
        } else {
            context.output.raw(Self.table(plans, context).render(format))
        }
    }

    static let columns = [
        "id", "scope", "measure", "interval_start", "interval_end", "observed", "target", "direction", "offered",
        "aht_seconds", "agents_needed", "agents_staffed", "owner", "status",
    ]

    static func object(_ p: RecoveryPlan, _ context: AppContext) -> [String: JSONValue] {
        let num = { (v: Double?) in v.map(JSONValue.number) ?? .null }
        return [
            "id": .number(Double(p.id ?? 0)), "scope": .string(p.scope), "measure": .string(p.measure),
            "interval_start": .string(context.times.format(p.intervalStart)),
            "interval_end": .string(context.times.format(p.intervalEnd)), "observed": .number(p.observed),
            "target": .number(p.target), "direction": .string(p.direction), "offered": num(p.offered.map(Double.init)),
            "aht_seconds": num(p.ahtSeconds), "agents_needed": num(p.agentsNeeded.map(Double.init)),
            "agents_staffed": num(p.agentsStaffed.map(Double.init)),
            "owner": p.owner.map { .string($0.rawValue) } ?? .null, "status": .string(p.status.rawValue),
            "suggestion": .string(p.suggestion), "opened_at": .string(context.times.format(p.openedAt)),
            "opened_by": .string(p.openedBy.rawValue),
        ]
    }

    static func table(_ plans: [RecoveryPlan], _ context: AppContext) -> Table {
        Table(columns: columns, rows: plans.map { p in columns.map { PeopleReport.cell(object(p, context)[$0]) } })
    }
}
