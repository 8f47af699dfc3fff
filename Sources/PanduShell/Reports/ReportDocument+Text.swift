import Foundation

extension ReportDocument {
    /// GitHub-flavoured Markdown: title, period, tiles, then each section's tables (charts as their data).
    public func markdown() -> String {
        var out = "# \(form) \(title)\n\n_\(subtitle)_\n\n"
        out +=
            "- Period: \(period)\n- Generated: \(generatedAt)\(generatedBy.map { " by \($0)" } ?? "")\n\n"
        if !tiles.isEmpty {
            out +=
                Markdown.table(
                    ["figure", "value", "note"],
                    tiles.map { [$0.label, $0.value + Self.mark($0.status), $0.note ?? ""] }) + "\n"
        }
        for section in sections {
            out += "## \(section.title)\n\n"
            if let note = section.note { out += note + "\n\n" }
            for chart in section.charts {
                out += "**\(chart.title)**\n\n"
                let headers = [""] + chart.series.map(\.name) + (chart.target != nil ? ["target"] : [])
                let rows = chart.categories.indices.map { i in
                    [chart.categories[i]]
                        + chart.series.map { s in s.values[i].map { chart.format($0) } ?? "-" }
                        + (chart.target.map { [chart.format($0)] } ?? [])
                }
                out += Markdown.table(headers, rows) + "\n"
            }
            for table in section.tables {
                out +=
                    table.rows.isEmpty
                    ? "_\(table.empty)_\n\n"
                    : Markdown.table(
                        table.columns, table.rows.map { $0.map { $0.text + Self.mark($0.status) } }) + "\n"
            }
        }
        return out
    }

    /// Every table as an RFC 4180 CSV block: a `# name` line, the header row, the rows; blocks separated by a
    /// blank line. Tiles come first as the `summary` table.
    public func csv() -> String {
        let summary = ReportTable(
            name: "summary", columns: ["figure", "value", "note"],
            rows: tiles.map { [.init($0.label), .init($0.value), .init($0.note ?? "")] })
        return ([summary] + allTables).map { table in
            "# \(table.name)\r\n"
                + Table(columns: table.columns, rows: table.rows.map { $0.map(\.text) }).csv()
        }.joined(separator: "\r\n")
    }

    /// The whole document as JSON (tiles, sections, charts with their series, tables with cell statuses).
    public func json() -> String { JSONText.encode(self) }

    /// A mark for a cell that missed or nearly missed its target (Markdown has no colour).
    static func mark(_ status: Status) -> String {
        switch status {
        case .bad: " ✗"
        case .warn: " !"
        default: ""
        }
    }
}

extension ReportDocument.Chart {
    /// A value as the axis shows it.
    func format(_ value: Double) -> String {
        switch unit {
        case .percent: String(format: "%.1f%%", value * 100)
        case .seconds: "\(Int(value.rounded()))s"
        case .count: value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
        }
    }
}
