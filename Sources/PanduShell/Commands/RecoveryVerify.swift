import ArgumentParser
import Foundation
import PanduCore
import PanduStore

/// `pandu recovery verify ID`: the measure in the interval after the plan's, against the target.
public struct RecoveryVerify: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Verify a recovery plan: did the KPI meet its target in the next interval?",
        discussion: """
            Computes the plan's measure for its scope over the interval of the same length right after the \
            plan's interval (or --at START), compares it with the target and records the verification in the \
            plan's history: status verified when met, failed when missed (open a new plan or escalate). \
            Roles: desk, admin.
            """)

    @OptionGroup public var global: GlobalOptions
    @Argument(help: "The plan id.") var id: Int64
    @Option(help: "Start of the interval to verify on (ISO 8601); default the end of the plan's interval.") var at:
        String?
    @Option(help: "A note for the history.") var note: String?

    public init() {}
    public static var roles: Set<Role>? { [.desk, .admin] }

    public func execute(_ context: AppContext, as person: Person?) throws {
        let m = context.messages
        let store = try context.monitoringStore()
        guard let plan = try store.recoveryPlan(id: id) else { throw ShellError.usage(m(.recoveryNotFound, id)) }
        let start = try parseTime(at, context) ?? plan.intervalEnd
        let end = start.addingTimeInterval(plan.intervalEnd.timeIntervalSince(plan.intervalStart))
        let targets = try context.kpiTargets()
        let isService = targets.service(id: plan.scope) != nil
        let iso = { (d: Date) in context.times.format(d).replacingOccurrences(of: " ", with: "T") }
        let rows = try KPIQuery(
            from: iso(start), to: iso(end), interval: nil, queues: isService ? [] : [plan.scope],
            service: isService ? plan.scope : nil, byService: isService
        ).rowsCovering(context, start: start, end: end)
        let measure = rows.first { $0.scope == plan.scope }?.measures.first { $0.name == plan.measure }
        guard let value = measure?.value, end <= context.now else {
            throw ShellError.usage(m(.recoveryNoData, plan.measure, id, context.times.format(start)))
        }
        let met = MeasureTarget(
            measure: plan.measure, min: plan.direction == "min" ? plan.target : nil,
            max: plan.direction == "max" ? plan.target : nil
        ).isMet(by: value)
        let kind: RecoveryEntry.Kind = met ? .verified : .failed
        try store.appendRecovery(
            RecoveryEntry(
                planID: id, at: context.now, actor: person?.code ?? PersonCode("system"), kind: kind,
                note: note ?? "",
                data: ["observed": .number(value), "interval_start": .string(context.times.format(start))]),
            status: met ? .verified : .failed, owner: nil)
        context.output.line(
            m(
                .recoveryVerified, id, plan.measure, context.times.format(start), KPIRendering.number(value),
                KPIRendering.number(plan.target), kind.rawValue))
    }
}

extension KPIQuery {
    /// One row per scope covering exactly `[start, end)`.
    func rowsCovering(_ context: AppContext, start: Date, end: Date) throws -> [KPIReportRow] {
        let targets = try context.kpiTargets()
        let report = KPIReport(
            targets: targets, store: try context.monitoringStore(), events: try context.store(), zone: context.siteZone)
        let span = TimeSpan(from: start, to: end)
        return try report.rows(
            KPIReport.Query(
                grid: IntervalGrid(spans: [span]), queues: queues.isEmpty ? nil : Set(queues), service: service,
                byService: byService, now: context.now))
    }
}
