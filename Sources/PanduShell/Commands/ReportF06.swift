import ArgumentParser
import Foundation
import PanduCore
import PanduMetrics

/// `pandu report f06`: the end-of-shift real time monitoring report (IN.OCC.TELK.F-06), per interval.
public struct ReportF06: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "f06",
        abstract: "F-06 real time monitoring: KPIs per interval, staffing, recovery plans.",
        discussion: """
            The end-of-shift report of desk control (P-10 step 11): for each service, per interval, the calls \
            offered, answered and abandoned, the regulator SL, SL 80/20, abandon rate, ASA and AHT against the \
            targets of knowledge/targets.yaml, agents logged in per interval, and the recovery plans of the \
            period. Example: pandu report f06 --date 2026-11-21 --shift 07:00-15:00 --format html --output f06.html
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

    /// The F-06 document.
    static func document(_ kit: ReportKit, interval: Int, by person: Person?) throws -> ReportDocument {
        var doc = kit.document(
            form: "F-06", title: "Real Time Monitoring",
            subtitle: "IN.OCC.TELK.F-06 Real Time Monitoring", by: person)
        let grid = kit.period.grid(minutes: interval)
        var totalOffered = 0
        var totalAnswered = 0
        for service in try kit.floor.voiceServices() {
            let rows = try kit.floor.rows(service, grid: grid)
            guard rows.contains(where: { $0.counts.offered > 0 }) else { continue }
            let total = KPICalculator(config: service.config).row(
                counts: rows.dropFirst().reduce(into: rows[0].counts) { $0.merge($1.counts) },
                span: TimeSpan(start: rows[0].span.start, end: rows.last!.span.end))
            totalOffered += total.counts.offered
            totalAnswered += total.counts.answered
            for m in ["sl_regulator", "abandon_rate"] {
                let v = total.value(m)
                doc.tiles.append(
                    .init(
                        "\(m == "sl_regulator" ? "SL" : "Abandon") \(service.id)",
                        v.map { ReportKit.format(m, $0) } ?? "-",
                        note: "target " + ReportKit.targetText(m, service.target(m)),
                        status: ReportKit.status(v, service.target(m))))
            }
            doc.sections.append(section(service, rows: rows, total: total, kit: kit))
        }
        doc.tiles.insert(
            contentsOf: [
                .init("Offered", String(totalOffered)), .init("Answered", String(totalAnswered)),
            ], at: 0)
        doc.sections.append(try staffing(kit, grid: grid))
        let plans = try kit.floor.monitoring.recoveryPlans(
            from: kit.period.start, to: kit.period.end, statuses: [])
        doc.tiles.append(
            .init("Recovery plans", String(plans.count), status: plans.isEmpty ? .good : .warn))
        doc.sections.append(ReportF05.planSection(plans, kit: kit, history: false))
        return doc
    }

    /// One service: SL and volume charts, and the interval table.
    static func section(_ service: ServiceTargets, rows: [KPIRow], total: KPIRow, kit: ReportKit)
        -> ReportDocument.Section
    {
        let labels = rows.map { kit.period.clock($0.span.start) }
        let t = service.config.thresholds.first ?? 20
        let measures = ["sl_regulator", "sl_\(t)", "abandon_rate", "asa", "aht"]
        let table = ReportTable(
            name: "intervals_\(service.id)",  // intervals without calls are left out of the table, kept in the charts
            columns: ["interval", "offered", "answered", "abandoned", "waiting/open"] + measures,
            rows: (rows + [total]).enumerated().filter {
                $0.offset == rows.count || $0.element.counts.offered > 0
            }
            .map { i, row in
                let label = i == rows.count ? "TOTAL" : "\(labels[i])-\(kit.period.clock(row.span.end))"
                return [
                    .init(label), .init(String(row.counts.offered)), .init(String(row.counts.answered)),
                    .init(String(row.counts.abandoned)), .init(String(row.counts.open)),
                ] + measures.map { ReportKit.cell($0, row.value($0), service.target($0)) }
            })
        return ReportDocument.Section(
            "\(service.id) — \(service.label)",
            note:
                "Queues \(service.queues.joined(separator: ", ")); SL regulator = \(total["sl_regulator"]?.formula ?? "")",
            charts: [
                .init(
                    "Service level (regulator) per interval", kind: .line, unit: .percent, categories: labels,
                    series: [.init("SL \(service.id)", rows.map { $0.value("sl_regulator") })],
                    target: service.target("sl_regulator")?.bound),
                .init(
                    "Calls per interval", kind: .bar, unit: .count, categories: labels,
                    series: [
                        .init("offered", rows.map { Double($0.counts.offered) }),
                        .init("answered", rows.map { Double($0.counts.answered) }),
                        .init("abandoned", rows.map { Double($0.counts.abandoned) }),
                    ]),
            ], tables: [table])
    }

    /// Agents logged in (average over each interval) and the state mix of the period.
    static func staffing(_ kit: ReportKit, grid: IntervalGrid) throws -> ReportDocument.Section {
        let now = kit.context.now
        let states = try kit.floor.agentStates(
            from: kit.period.start.addingTimeInterval(-43_200), to: min(now, kit.period.end))
        let labels = grid.spans.map { kit.period.clock($0.start) }
        let staffed = grid.spans.map { span in
            kit.visible(states).values.reduce(0.0) { $0 + ReportKit.loggedIn($1, in: span, now: now) }
                / Double(max(1, span.seconds))
        }
        var rows: [[ReportTable.Cell]] = []
        let whole = TimeSpan(
            start: grid.spans.first?.start ?? 0, end: grid.spans.map(\.end).max() ?? 0)
        for (agent, intervals) in kit.visible(states).sorted(by: { $0.key < $1.key }) {
            var by: [String: Double] = [:]
            for i in intervals {
                by[LiveStateName.of(i.activity), default: 0] += ReportKit.loggedIn([i], in: whole, now: now)
            }
            let logged = by.values.reduce(0, +)
            guard logged > 0 else { continue }
            rows.append(
                [.init(agent), .init(kit.name(agent)), .init(ReportKit.hours(logged))]
                    + ["ready", "on_contact", "acw", "aux"].map { .init(ReportKit.hours(by[$0] ?? 0)) }
                    + [.init(ReportKit.percent((by["aux"] ?? 0) / logged))])
        }
        return ReportDocument.Section(
            "Agents", note: "Average agents logged in per interval, from Pandu's login / state records.",
            charts: [
                .init(
                    "Agents logged in per interval", kind: .bar, unit: .count, categories: labels,
                    series: [.init("agents", staffed.map { ($0 * 10).rounded() / 10 })])
            ],
            tables: [
                ReportTable(
                    name: "agents",
                    columns: [
                        "agent", "name", "logged_in", "ready", "on_contact", "acw", "aux", "aux_share",
                    ],
                    rows: rows, empty: "No agent logged in during the period.")
            ])
    }
}

/// The state name of an adherence activity (not ready counts as AUX).
enum LiveStateName {
    static func of(_ activity: AgentActivity) -> String {
        switch activity {
        case .ready: "ready"
        case .onCall: "on_contact"
        case .acw: "acw"
        case .aux: "aux"
        }
    }
}
