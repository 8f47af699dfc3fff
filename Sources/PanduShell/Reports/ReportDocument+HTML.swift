import Foundation

extension ReportDocument {
    /// A self-contained HTML page: inline CSS, inline SVG charts, no script, no network, printable.
    public func html() -> String {
        var out = "<!DOCTYPE html>\n<html lang=\"id\"><head><meta charset=\"utf-8\">"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        out += "<title>\(HTMLText.escape("\(form) \(title) — \(period)"))</title>"
        out += "<style>\(Self.css)</style></head><body><main>"
        out += "<header><div class=\"form\">\(HTMLText.escape(form))</div>"
        out +=
            "<h1>\(HTMLText.escape(title))</h1><p class=\"subtitle\">\(HTMLText.escape(subtitle))</p>"
        out += "<p class=\"meta\">Period <strong>\(HTMLText.escape(period))</strong> · generated "
        out += HTMLText.escape(generatedAt) + (generatedBy.map { " by " + HTMLText.escape($0) } ?? "")
        out += "</p></header>"
        if !tiles.isEmpty {
            out += "<section class=\"tiles\">"
            for tile in tiles {
                out +=
                    "<div class=\"tile \(tile.status.rawValue)\"><div class=\"label\">\(HTMLText.escape(tile.label))</div>"
                out += "<div class=\"value\">\(HTMLText.escape(tile.value))</div>"
                if let note = tile.note { out += "<div class=\"note\">\(HTMLText.escape(note))</div>" }
                out += "</div>"
            }
            out += "</section>"
        }
        for section in sections { out += html(section) }
        out += "<footer>Pandu · \(HTMLText.escape(subtitle)) · records kept 2 years (P-10 §10)</footer>"
        out += "</main></body></html>\n"
        return out
    }

    func html(_ section: Section) -> String {
        var out = "<section class=\"block\"><h2>\(HTMLText.escape(section.title))</h2>"
        if let note = section.note { out += "<p class=\"note\">\(HTMLText.escape(note))</p>" }
        for chart in section.charts { out += "<figure>\(SVGChart(chart: chart).svg())</figure>" }
        for table in section.tables {
            guard !table.rows.isEmpty else {
                out += "<p class=\"empty\">\(HTMLText.escape(table.empty))</p>"
                continue
            }
            out += "<div class=\"scroll\"><table><thead><tr>"
            out +=
                table.columns.map { "<th>\(HTMLText.escape($0))</th>" }.joined() + "</tr></thead><tbody>"
            for row in table.rows {
                out +=
                    "<tr>"
                    + row.map { "<td class=\"\($0.status.rawValue)\">\(HTMLText.escape($0.text))</td>" }
                    .joined()
                out += "</tr>"
            }
            out += "</tbody></table></div>"
        }
        return out + "</section>"
    }

    static let css = """
        :root{--ink:#1f2937;--muted:#6b7280;--line:#e5e7eb;--good:#15803d;--warn:#b45309;--bad:#b91c1c;\
        --brand:#b91c1c}
        *{box-sizing:border-box}body{margin:0;background:#f3f4f6;color:var(--ink);\
        font:14px/1.45 "Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
        main{max-width:1100px;margin:24px auto;padding:0 20px}
        header{background:#fff;border-top:6px solid var(--brand);border-radius:8px;padding:18px 24px;\
        box-shadow:0 1px 2px rgba(0,0,0,.06)}
        .form{display:inline-block;background:var(--brand);color:#fff;font-weight:600;border-radius:4px;\
        padding:2px 8px;font-size:12px;letter-spacing:.04em}
        h1{margin:8px 0 2px;font-size:24px}.subtitle{margin:0;color:var(--muted)}.meta{margin:8px 0 0;color:var(--muted)}
        .tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(160px,1fr));gap:12px;margin:16px 0}
        .tile{background:#fff;border-radius:8px;padding:12px 16px;border-left:5px solid #9ca3af;\
        box-shadow:0 1px 2px rgba(0,0,0,.06)}
        .tile.good{border-left-color:var(--good)}.tile.warn{border-left-color:#f59e0b}.tile.bad{border-left-color:var(--bad)}
        .tile .label{color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.04em}
        .tile .value{font-size:24px;font-weight:650;margin-top:2px}.tile.good .value{color:var(--good)}
        .tile.warn .value{color:var(--warn)}.tile.bad .value{color:var(--bad)}.tile .note{color:var(--muted);font-size:12px}
        .block{background:#fff;border-radius:8px;padding:16px 24px;margin:16px 0;box-shadow:0 1px 2px rgba(0,0,0,.06)}
        h2{font-size:17px;margin:0 0 10px}p.note{color:var(--muted);margin:0 0 10px}p.empty{color:var(--muted);font-style:italic}
        figure{margin:8px 0 16px}.chart{width:100%;height:auto;max-height:320px}
        .chart-title{font-size:13px;font-weight:600;fill:var(--ink)}.axis{font-size:11px;fill:var(--muted)}
        .grid{stroke:var(--line);stroke-width:1}.axis-line{stroke:#9ca3af}.legend{font-size:12px;fill:var(--ink)}
        .target{stroke:var(--bad);stroke-width:1.5;stroke-dasharray:6 4}.target-label{font-size:11px;fill:var(--bad)}
        .scroll{overflow-x:auto}table{border-collapse:collapse;width:100%;font-size:13px}
        th{background:#f9fafb;text-align:left;font-weight:600;border-bottom:2px solid var(--line);padding:6px 8px;\
        white-space:nowrap}
        td{border-bottom:1px solid var(--line);padding:5px 8px;white-space:nowrap}tbody tr:nth-child(even){background:#fafafa}
        td.good{color:var(--good);font-weight:600}td.warn{color:var(--warn);font-weight:600}\
        td.bad{color:var(--bad);font-weight:700;background:#fef2f2}
        footer{color:var(--muted);font-size:12px;text-align:center;margin:24px 0}
        @media print{body{background:#fff}.block,header,.tile{box-shadow:none;border:1px solid var(--line)}}
        """
}
