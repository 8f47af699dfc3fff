import Foundation
import PanduCore

extension CalibrationReportText {
    /// A calibration round as a document for the HTML page: overall agreement and score spread, agreement per
    /// parameter against the target, then the parameter and officer tables.
    var document: ReportDocument {
        var doc = page
        doc.tiles = [
            .init(
                "Agreement", ScoreText.percent(stats.overallAgreement) + " %",
                note: "target " + ScoreText.percent(target) + " %",
                status: stats.overallAgreement >= target ? .good : .bad),
            .init("Officers", String(round.officers.count)),
            .init("Mean score", stats.meanScore.map(ScoreText.format) ?? "-"),
            .init("Score spread", stats.spread.map(ScoreText.format) ?? "-"),
        ]
        let parameters = stats.parameters.map(\.parameter.rawValue)
        let chart = ReportDocument.Chart(
            "Agreement per parameter", kind: .bar, unit: .percent, categories: parameters,
            series: [.init("agreement", stats.parameters.map(\.agreement))], target: target)
        let officers = stats.evaluators.dropLast().map(\.evaluator)
        let parameterRows: [[ReportTable.Cell]] = stats.parameters.map { p in
            [
                ReportTable.Cell(p.parameter.rawValue), .init(p.consensus?.rawValue ?? "-"),
                .init(ScoreText.percent(p.agreement), p.agreement < target ? .bad : .good),
            ] + p.verdicts.map { ReportTable.Cell($0.rawValue) } + [.init(p.auto?.rawValue ?? "-")]
        }
        let evaluatorRows = ReportDocument.cells(
            stats.evaluators.map { e in
                [
                    e.evaluator, e.score.map(ScoreText.format) ?? "-", String(e.matches), String(e.compared),
                    e.rate.map(ScoreText.percent) ?? "-",
                ]
            })
        doc.sections = [
            .init(
                "Parameter", charts: parameters.isEmpty ? [] : [chart],
                tables: [
                    ReportTable(
                        name: "parameters", columns: ["parameter", "konsensus", "kesepakatan %"] + officers + ["auto"],
                        rows: parameterRows)
                ]),
            .init(
                "Penilai",
                tables: [
                    ReportTable(
                        name: "evaluators", columns: ["penilai", "skor", "sesuai konsensus", "dibandingkan", "%"],
                        rows: evaluatorRows)
                ]),
        ]
        return doc
    }
}
