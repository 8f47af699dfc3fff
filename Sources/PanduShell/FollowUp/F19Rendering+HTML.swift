import Foundation
import PanduCore

extension F19Rendering {
    /// The recap as a report document for the HTML page: summary tiles, attempts by outcome, every callback.
    var document: ReportDocument {
        let s = recap.summary
        var doc = desk.page(
            form: "F-19", title: "Rekapitulasi Call Back Tier 2 Outbound",
            subtitle: "IN.OCC.TELK.F-19 Rekapitulasi Call Back Tier 2 Outbound", from: recap.from, to: recap.to)
        doc.tiles = [
            .init("Callbacks", String(s.callbacks), note: "\(s.recorded) recorded in the period"),
            .init("Attempts", String(s.attempts), note: "\(s.reachedAttempts) reached the customer"),
            .init("Reach rate", ReportDocument.percentText(s.reachRate)),
            .init("Resolution rate", ReportDocument.percentText(s.resolutionRate)),
            .init("Open", String(s.open), note: "\(s.exhausted) exhausted", status: s.open > 0 ? .warn : .good),
        ]
        let outcomes = policy.outcomes.map(\.code)
        let chart = ReportDocument.Chart(
            "Attempts by outcome", kind: .bar, unit: .count, categories: outcomes,
            series: [.init("attempts", outcomes.map { Double(s.byOutcome[$0] ?? 0) })])
        doc.sections = [
            .init(
                "Ringkasan", charts: [chart],
                tables: [
                    ReportTable(
                        name: "summary", columns: ["measure", "value"],
                        rows: ReportDocument.cells(summary.map { [$0.0, $0.1] }))
                ]),
            .init(
                "Rincian",
                note: FollowUpDesk.readsNumbers(desk.person)
                    ? nil : "Customers' numbers are masked: reading them needs the 147-T2 skill.",
                tables: [
                    ReportTable(
                        name: "callbacks", columns: columns, rows: ReportDocument.cells(rows),
                        empty: "no callback recorded or attempted in the period")
                ]),
        ]
        return doc
    }
}
