import ArgumentParser
import Foundation
import PanduCore
import PanduMetrics

/// `pandu report f05`: the supervisor's daily analysis (IN.OCC.TELK.F-05): intervals, misses, recovery plans.
public struct ReportF05: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "f05",
        abstract: "F-05 supervisor daily analysis: intervals, misses, recovery plans.",
        discussion: """
            The daily analysis report (P-10 §7.5, due at most 3 working days later): the day's totals per \
            service against target, every interval where a measure missed its target, and the recovery plans of \
            the period with their actions, distribution and verification. \
            Example: pandu report f05 --date 2026-11-21 --format html --output f05.html
            """)

    @OptionGroup public var global: GlobalOptions
    @OptionGroup var report: ReportOptions
    @Option(help: "Interval length in minutes: 15, 30 or 60.") var interval: Int = 30

    public init() {}

    public static var roles: Set<Role>? { [.desk, .admin, .tl] }

    public func validate() throws {
        guard [15, 30, 60].contains(interval) else {
            throw ValidationError("--interval must be 15, 30 or 60")
        }
    }

    public func execute(_ context: AppContext, as person: Person?) throws {
        let kit = try ReportKit(context, period: try report.period(context), reader: person)
        try report.emit(try Self.document(kit, interval: interval, by: person), context)
    }

    /// The measures F-05 checks per interval.
    static let checked = ["sl_regulator", "sl_20", "abandon_rate", "asa", "aht", "scr"]

    /// The F-05 document.
    static func document(_ kit: ReportKit, interval: Int, by person: Person?) throws -> ReportDocument {
        var doc = kit.document(
            form: "F-05", title: "Supervisor Daily Analysis",
            subtitle: "IN.OCC.TELK.F-05 Laporan Analisa Harian Supervisor",
            by: person)
        let grid = kit.period.grid(minutes: interval)
        let labels = grid.spans.map { kit.period.clock($0.start) }
        var misses: [[ReportTable.Cell]] = []
        var totals: [[ReportTable.Cell]] = []
        var slSeries: [ReportDocument.Series] = []
        var judged = 0
        var met = 0
        var slTarget: Double?
        for service in try kit.floor.voiceServices() {
            let rows = try kit.floor.rows(service, grid: grid)
            guard rows.contains(where: { $0.counts.offered > 0 }) else { continue }
            slSeries.append(.init("SL \(service.id)", rows.map { $0.value("sl_regulator") }))
            slTarget = slTarget ?? service.target("sl_regulator")?.bound
            for row in rows {
                var missed = false
                for m in checked {
                    guard let target = service.target(m), let value = row.value(m) else { continue }
                    guard !target.isMet(by: value) else { continue }
                    missed = true
                    misses.append([
                        .init("\(kit.period.clock(row.span.start))-\(kit.period.clock(row.span.end))"),
                        .init(service.id),
                        .init(m), ReportKit.cell(m, value, target), .init(ReportKit.targetText(m, target)),
                        .init(String(row.counts.offered)),
                    ])
                }
                if row.counts.offered > 0 {
                    judged += 1
                    if !missed { met += 1 }
                }
            }
            let total = KPICalculator(config: service.config).row(
                counts: rows.dropFirst().reduce(into: rows[0].counts) { $0.merge($1.counts) },
                span: TimeSpan(start: rows[0].span.start, end: rows.last!.span.end))
            totals.append(
                [.init(service.id), .init(String(total.counts.offered))]
                    + checked.map { ReportKit.cell($0, total.value($0), service.target($0)) })
        }
        let plans = try kit.floor.monitoring.recoveryPlans(
            from: kit.period.start, to: kit.period.end, statuses: [])
        let share = judged > 0 ? Double(met) / Double(judged) : nil
        doc.tiles = [
            .init(
                "Intervals on target", ReportKit.percent(share), note: "\(met) of \(judged) with calls",
                status: share.map { $0 >= 0.9 ? .good : $0 >= 0.75 ? .warn : .bad } ?? .neutral),
            .init("Misses", String(misses.count), status: misses.isEmpty ? .good : .bad),
            .init("Plans opened", String(plans.count)),
            .init("Verified", String(plans.filter { $0.status == .verified }.count), status: .good),
            .init(
                "Failed", String(plans.filter { $0.status == .failed }.count),
                status: plans.contains { $0.status == .failed } ? .bad : .neutral),
            .init(
                "Still open", String(plans.filter { $0.status == .open || $0.status == .acting }.count),
                status: plans.contains { $0.status == .open || $0.status == .acting } ? .warn : .good),
        ]
        doc.sections.append(
            .init(
                "Day against target", note: "Totals of the period per service.",
                charts: slSeries.isEmpty
                    ? []
                    : [
                        .init(
                            "Service level (regulator) per interval", kind: .line, unit: .percent,
                            categories: labels,
                            series: slSeries, target: slTarget)
                    ],
                tables: [
                    ReportTable(
                        name: "totals", columns: ["service", "offered"] + checked, rows: totals,
                        empty: "No calls in the period.")
                ]))
        doc.sections.append(
            .init(
                "Intervals that missed a target", note: "One row per interval and measure that missed.",
                tables: [
                    ReportTable(
                        name: "misses",
                        columns: ["interval", "service", "measure", "observed", "target", "offered"],
                        rows: misses, empty: "Every interval met its targets.")
                ]))
        doc.sections.append(planSection(plans, kit: kit, history: true))
        return doc
    }

    /// The recovery plans of the period; with `history`, their actions, distribution and verification.
    static func planSection(_ plans: [RecoveryPlan], kit: ReportKit, history: Bool)
        -> ReportDocument.Section
    {
        var rows: [[ReportTable.Cell]] = []
        for p in plans {
            let entries =
                history ? ((try? kit.floor.monitoring.recoveryHistory(planID: p.id ?? 0)) ?? []) : []
            let actions = entries.filter { $0.kind == .action }.map(\.note)
            let told = entries.filter { $0.kind == .distributed }.map(\.note)
            let verdict = entries.last { $0.kind == .verified || $0.kind == .failed }
            let status: ReportDocument.Status =
                switch p.status {
                case .verified: .good
                case .failed: .bad
                default: .warn
                }
            var row: [ReportTable.Cell] = [
                .init("#\(p.id ?? 0)"), .init(p.scope), .init(p.measure),
                .init(
                    "\(kit.period.clock(Int64(p.intervalStart.timeIntervalSince1970)))-"
                        + kit.period.clock(Int64(p.intervalEnd.timeIntervalSince1970))),
                .init(ReportKit.format(p.measure, p.observed), .bad),
                .init((p.direction == "min" ? "≥ " : "≤ ") + ReportKit.format(p.measure, p.target)),
                .init(
                    p.agentsNeeded.map { n in "\(n)" + (p.agentsStaffed.map { " (staffed \($0))" } ?? "") }
                        ?? "-"),
                .init(p.owner?.rawValue ?? "-"), .init(p.status.rawValue, status),
            ]
            if history {
                row += [
                    .init(actions.isEmpty ? "-" : actions.joined(separator: "; ")),
                    .init(told.isEmpty ? "-" : told.joined(separator: "; ")),
                    .init(verdict.map { "\($0.kind.rawValue) by \($0.actor.rawValue): \($0.note)" } ?? "-"),
                ]
            }
            rows.append(row)
        }
        let columns =
            [
                "plan", "scope", "measure", "interval", "observed", "target", "agents_needed", "owner",
                "status",
            ]
            + (history ? ["actions", "distributed_to", "verification"] : [])
        return .init(
            "Recovery plans (P-10 §6.5)",
            note: history ? "Actions, distribution and verification from each plan's history." : nil,
            tables: [
                ReportTable(
                    name: "recovery_plans", columns: columns, rows: rows,
                    empty: "No recovery plan in the period.")
            ])
    }
}
