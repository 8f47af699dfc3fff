import ArgumentParser
import Foundation
import PanduCore
import PanduStore

/// `pandu recovery scan`: opens a plan per missed KPI and interval (idempotent).
public struct RecoveryScan: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Open a recovery plan for each KPI that missed its target in an ended interval.",
        discussion: """
            Computes the KPIs like `pandu kpi` (per service by default) over --from / --to (default today) at \
            the default interval of targets.yaml, and opens one plan per measure that missed its target in an \
            interval that has ended. Scanning again opens nothing twice (one plan per scope, measure and \
            interval start). Roles: desk, admin.
            """)

    @OptionGroup public var global: GlobalOptions
    @Option(help: "From this date/time (ISO 8601); default today 00:00.") var from: String?
    @Option(help: "Before this date/time; default the end of the --from day.") var to: String?
    @Option(help: "15m, 30m, 60m, shift or day.") var interval: String?
    @Option(help: "service (default) or queue: what a plan covers.") var by: String = "service"
    @Option(help: "The plans' owner (a login code); default you.") var owner: String?
    @Option(help: "text or json (the plans opened).") var format: OutputFormat = .text

    public init() {}
    public static var roles: Set<Role>? { [.desk, .admin] }

    public func execute(_ context: AppContext, as person: Person?) throws {
        let rows = try KPIQuery(
            from: from, to: to, interval: interval, queues: [], service: nil, byService: by != "queue"
        ).rows(context)
        let store = try context.monitoringStore()
        let ownerCode = try owner.map { try RecoveryAct.person($0, context) }
        let staffed = try Staffing(rows: rows, store: store, events: try context.store(), now: context.now)
        let actor = person?.code ?? PersonCode("system")
        let plans = RecoveryScanner(targets: try context.kpiTargets(), messages: context.messages).plans(
            rows, staffed: staffed.count, now: context.now, by: actor, owner: ownerCode)
        var opened: [RecoveryPlan] = []
        var existing = 0
        for plan in plans {
            let (stored, created) = try store.openRecoveryPlan(plan)
            if created { opened.append(stored) } else { existing += 1 }
        }
        if format == .json {
            context.output.raw(JSONText.encode(opened.map { JSONValue.object(RecoveryList.object($0, context)) }))
        } else {
            if !opened.isEmpty { context.output.raw(RecoveryList.table(opened, context).text()) }
            context.output.line(context.messages(.recoveryOpened, opened.count, existing, rows.count))
        }
    }
}

/// Agents logged in (shell or ACD states) during an interval, for "how many more agents".
struct Staffing {
    let states: [AgentStateInterval]

    init(rows: [KPIReportRow], store: any MonitoringStore, events: any Store, now: Date) throws {
        guard let first = rows.map(\.span.start).min(), let last = rows.map(\.span.end).max() else {
            states = []
            return
        }
        // Only who was logged in counts here, not why they paused.
        states = try AgentStates(store: store, events: events, reasons: AuxReasonMap()).load(
            from: Date(timeIntervalSince1970: TimeInterval(first - 7200)),
            to: Date(timeIntervalSince1970: TimeInterval(last)), now: now
        ).states
    }

    /// Distinct agents with a state overlapping the span; nil when nobody's states are known.
    func count(_ span: TimeSpan) -> Int? {
        guard !states.isEmpty else { return nil }
        let end = span.endDate
        return Set(states.filter { $0.start < end && ($0.end ?? end) > span.startDate }.map(\.agent)).count
    }
}
