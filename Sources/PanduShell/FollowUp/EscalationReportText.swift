import Foundation
import PanduCore

/// The escalations-by-level report as Markdown, CSV, JSON or an HTML page.
struct EscalationReportText {
    let report: EscalationSLAReport
    let desk: FollowUpDesk

    static let columns = [
        "level", "label", "sla_minutes", "raised", "met", "missed", "pending", "overdue", "met_pct", "median_minutes",
    ]

    private static func number(_ v: Double?) -> String { v.map { String(format: "%.1f", $0) } ?? "" }

    var rows: [[String]] {
        report.rows.map { r in
            [
                r.level.id, r.level.label, String(r.level.slaMinutes), String(r.raised), String(r.met),
                String(r.missed), String(r.pending), String(r.overdue), Self.number(r.metRate),
                Self.number(r.medianMinutes),
            ]
        }
    }

    func render(_ format: DocumentFormat) -> String {
        switch format {
        case .csv: Table(columns: Self.columns, rows: rows).csv()
        case .json: JSONText.encode(json)
        case .html: document.html()
        case .markdown, .md:
            "# Eskalasi per level: SLA terpenuhi / terlewati\n\nPeriode: \(desk.time(report.from)) s.d. \(desk.time(report.to))"
                + " (\(desk.context.siteZone.rawValue)); dinilai \(desk.time(report.now))\n\n"
                + Markdown.table(Self.columns, rows)
        }
    }

    var json: JSONValue {
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
        return .object([
            "from": .string(FollowUpDesk.iso(report.from)), "to": .string(FollowUpDesk.iso(report.to)),
            "judged_at": .string(FollowUpDesk.iso(report.now)), "levels": .array(objects),
        ])
    }

    /// The HTML page: totals, met / missed / pending per level, and the table with SLA misses marked.
    var document: ReportDocument {
        var doc = desk.page(
            form: "Eskalasi", title: "Eskalasi per level: SLA terpenuhi / terlewati",
            subtitle: "Escalations by level against the SLAs of knowledge/escalations", from: report.from,
            to: report.to)
        let total = report.rows.reduce(into: (raised: 0, met: 0, missed: 0, overdue: 0)) {
            $0.raised += $1.raised
            $0.met += $1.met
            $0.missed += $1.missed
            $0.overdue += $1.overdue
        }
        let judged = total.met + total.missed
        doc.tiles = [
            .init("Raised", String(total.raised)),
            .init(
                "SLA met", ReportDocument.percentText(judged == 0 ? nil : Double(total.met) * 100 / Double(judged)),
                note: "\(total.met) of \(judged) judged", status: total.missed > 0 ? .warn : .good),
            .init("Overdue now", String(total.overdue), status: total.overdue > 0 ? .bad : .good),
        ]
        let levels = report.rows.map(\.level.id)
        let chart = ReportDocument.Chart(
            "SLA per level", kind: .bar, unit: .count, categories: levels,
            series: [
                .init("met", report.rows.map { Double($0.met) }),
                .init("missed", report.rows.map { Double($0.missed) }),
                .init("pending", report.rows.map { Double($0.pending) }),
            ])
        let cells: [[ReportTable.Cell]] = zip(report.rows, rows).map { r, texts in
            texts.enumerated().map { column, text in
                switch Self.columns[column] {
                case "missed": ReportTable.Cell(text, r.missed > 0 ? .bad : .neutral)
                case "overdue": ReportTable.Cell(text, r.overdue > 0 ? .bad : .neutral)
                default: ReportTable.Cell(text)
                }
            }
        }
        doc.sections = [
            .init(
                "Per level", note: "judged at \(desk.time(report.now))", charts: levels.isEmpty ? [] : [chart],
                tables: [ReportTable(name: "levels", columns: Self.columns, rows: cells)])
        ]
        return doc
    }
}
