import ArgumentParser
import Foundation
import PanduCore
import PanduStore

/// `pandu report escalations`: escalations raised in the period by level, SLA met or missed.
public struct ReportEscalations: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "escalations",
        abstract:
            "Escalations raised in the period by level: raised, SLA met / missed, pending, overdue, median minutes.",
        discussion: "Met = resolved by raised + the level's sla_minutes; pending ones past due count as missed.")

    @OptionGroup public var global: GlobalOptions
    @Option(help: "Start (ISO 8601, site zone); default today.") var from: String?
    @Option(help: "End, exclusive; default one day after --from.") var to: String?
    @Option(help: "md (or markdown), csv or json.") var format: DocumentFormat = .md

    public static var roles: Set<Role>? { [.tl, .desk, .admin] }
    public init() {}

    public func execute(_ context: AppContext, as person: Person?) throws {
        guard let person else { throw ShellError.denied(context.messages(.whoAreYou)) }
        let desk = FollowUpDesk(context: context, person: person)
        let period = try FollowUpReportPeriod(from: from, to: to, context: context)
        let escalations = try desk.store().escalations(EscalationQuery(raisedFrom: period.from, raisedTo: period.to))
        let report = EscalationSLAReport(
            from: period.from, to: period.to, now: context.now, levels: try context.escalationLevels(),
            escalations: escalations)
        let columns = [
            "level", "label", "sla_minutes", "raised", "met", "missed", "pending", "overdue", "met_pct",
            "median_minutes",
        ]
        func number(_ v: Double?) -> String { v.map { String(format: "%.1f", $0) } ?? "" }
        let rows = report.rows.map { r in
            [
                r.level.id, r.level.label, String(r.level.slaMinutes), String(r.raised), String(r.met),
                String(r.missed),
                String(r.pending), String(r.overdue), number(r.metRate), number(r.medianMinutes),
            ]
        }
        let out = context.output
        switch format {
        case .csv: out.raw(Table(columns: columns, rows: rows).csv())
        case .json:
            let objects: [JSONValue] = report.rows.map { r in
                .object([
                    "level": .string(r.level.id), "label": .string(r.level.label),
                    "sla_minutes": .number(Double(r.level.slaMinutes)),
                    "raised": .number(Double(r.raised)), "met": .number(Double(r.met)),
                    "missed": .number(Double(r.missed)),
                    "pending": .number(Double(r.pending)), "overdue": .number(Double(r.overdue)),
                    "met_pct": r.metRate.map { .number(($0 * 10).rounded() / 10) } ?? .null,
                    "median_minutes": r.medianMinutes.map { .number(($0 * 10).rounded() / 10) } ?? .null,
                ])
            }
            out.raw(
                JSONText.encode(
                    JSONValue.object([
                        "from": .string(FollowUpDesk.iso(period.from)), "to": .string(FollowUpDesk.iso(period.to)),
                        "judged_at": .string(FollowUpDesk.iso(report.now)), "levels": .array(objects),
                    ])))
        case .markdown, .md:
            out.raw(
                "# Eskalasi per level: SLA terpenuhi / terlewati\n\nPeriode: \(desk.time(period.from)) s.d. \(desk.time(period.to))"
                    + " (\(context.siteZone.rawValue)); dinilai \(desk.time(report.now))\n\n"
                    + Markdown.table(columns, rows))
        }
    }
}
