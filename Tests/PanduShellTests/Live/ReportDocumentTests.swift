import Foundation
import Testing

@testable import PanduShell

@Suite struct ReportDocumentTests {
    static func document() -> ReportDocument {
        ReportDocument(
            form: "F-99", title: "Test <Report>", subtitle: "IN.OCC.TELK.F-99", period: "2026-11-21 WIB",
            generatedAt: "2026-11-21 16:00:00 WIB",
            tiles: [.init("SL 147", "85.0%", note: "target ≥ 90.0%", status: .bad)],
            sections: [
                .init(
                    "Intervals",
                    charts: [
                        .init(
                            "SL per interval", kind: .line, unit: .percent, categories: ["08:00", "08:30"],
                            series: [.init("SL", [0.8, nil])], target: 0.9),
                        .init(
                            "Calls", kind: .bar, unit: .count, categories: ["08:00", "08:30"],
                            series: [.init("offered", [10, 4]), .init("answered", [9, 4])]),
                    ],
                    tables: [
                        ReportTable(
                            name: "intervals", columns: ["interval", "note"],
                            rows: [[.init("08:00"), .init("a, \"b\" | c", .bad)]])
                    ]),
                .init("Empty", tables: [ReportTable(name: "none", columns: ["x"], empty: "Nothing here.")]),
            ])
    }

    @Test func markdownHasTitleTilesChartDataAndEscapedTables() {
        let md = Self.document().markdown()
        #expect(md.hasPrefix("# F-99 Test <Report>\n"))
        #expect(md.contains("| SL 147 | 85.0% ✗ | target ≥ 90.0% |"))
        #expect(md.contains("| 08:00 | 80.0% | 90.0% |"))
        #expect(md.contains("| 08:30 | - | 90.0% |"))
        #expect(md.contains("| 08:00 | a, \"b\" \\| c ✗ |"))
        #expect(md.contains("_Nothing here._"))
    }

    @Test func csvHasOneQuotedBlockPerTable() {
        let csv = Self.document().csv()
        #expect(
            csv == "# summary\r\nfigure,value,note\r\nSL 147,85.0%,target ≥ 90.0%\r\n\r\n"
                + "# intervals\r\ninterval,note\r\n08:00,\"a, \"\"b\"\" | c\"\r\n\r\n# none\r\nx\r\n")
    }

    @Test func jsonRoundTrips() throws {
        let json = Self.document().json()
        let decoded = try JSONDecoder().decode(ReportDocument.self, from: Data(json.utf8))
        #expect(decoded == Self.document())
    }

    @Test func htmlIsSelfContainedWithChartsAndEscapedText() {
        let html = Self.document().html()
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<title>F-99 Test &lt;Report&gt; — 2026-11-21 WIB</title>"))
        #expect(html.components(separatedBy: "<svg ").count == 3, "one SVG per chart")
        #expect(
            html.contains("<polyline") || html.contains("<circle"), "the line chart draws its points")
        #expect(html.contains("<rect x="), "the bar chart draws bars")
        #expect(html.contains("class=\"target\""), "the target line")
        #expect(html.contains("<td class=\"bad\">a, &quot;b&quot; | c</td>"))
        for external in ["src=", "href=", "<script", "@import", "url("] {
            #expect(!html.contains(external), "nothing external: \(external)")
        }
        let links = html.components(separatedBy: "http").count - 1
        #expect(
            links == html.components(separatedBy: "http://www.w3.org/2000/svg").count - 1,
            "only the SVG namespace")
    }
}

@Suite struct SVGChartTests {
    func top(_ values: [Double], _ unit: ReportDocument.Chart.Unit) -> Double {
        SVGChart(
            chart: .init(
                "c", kind: .bar, unit: unit, categories: values.map { _ in "x" },
                series: [.init("s", values)])
        )
        .maxValue
    }

    @Test func valueAxisEndsOnATidyNumber() {
        #expect(top([3], .count) == 4, "whole-number steps of 1 for small counts")
        #expect(top([0], .count) == 4)
        #expect(top([90], .count) == 100)
        #expect(top([0.93], .percent) == 1, "ratios run to 100 %")
        #expect(top([118], .seconds) == 200)
    }
}
