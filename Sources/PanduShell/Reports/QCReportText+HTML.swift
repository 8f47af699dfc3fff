import Foundation
import PanduCore

extension QCReportText {
    /// The QC report as a document for the HTML page: totals, average score and pass rate per team against
    /// the passing score, then the team, agent and weekly tables.
    var document: ReportDocument {
        var doc = page
        let evaluations = report.teams.reduce(0) { $0 + $1.evaluations }
        let fatal = report.teams.reduce(0) { $0 + $1.fatalCount }
        doc.tiles = [
            .init("Evaluations", String(evaluations)),
            .init("Teams", String(report.teams.count)),
            .init("Agents", String(report.agents.count)),
            .init("Fatal", String(fatal), status: fatal > 0 ? .bad : .good),
        ]
        let teams = report.teams.map(\.key)
        let charts = [
            ReportDocument.Chart(
                "Average score per team", kind: .bar, unit: .count, categories: teams,
                series: [.init("average score", report.teams.map(\.averageScore))], target: passingScore),
            ReportDocument.Chart(
                "Pass rate per team", kind: .bar, unit: .percent, categories: teams,
                series: [.init("pass rate", report.teams.map(\.passRate))]),
        ]
        doc.sections = [
            .init("Per tim", charts: charts, tables: [table("teams", report.teams)]),
            .init("Per agen", tables: [table("agents", report.agents)]),
            .init(
                "Tren mingguan",
                tables: [
                    ReportTable(
                        name: "trend", columns: ["tingkat", "kunci", "minggu", "evaluasi", "rata-rata skor"],
                        rows: ReportDocument.cells(trendRows), empty: "no evaluation in the period")
                ]),
        ]
        return doc
    }

    private func table(_ name: String, _ groups: [QCReport.Group]) -> ReportTable {
        ReportTable(
            name: name,
            columns: ["kunci", "tim", "evaluasi", "rata-rata skor", "lulus %", "fatal", "parameter paling gagal"],
            rows: groups.map { g in
                let score = ReportTable.Cell(
                    g.averageScore.map(ScoreText.format) ?? "-",
                    passingScore.flatMap { pass in g.averageScore.map { $0 >= pass ? .good : .bad } } ?? .neutral)
                return [
                    ReportTable.Cell(groupLabel(g)), .init(g.team), .init(String(g.evaluations)), score,
                    .init(ScoreText.percent(g.passRate)),
                    .init(String(g.fatalCount), g.fatalCount > 0 ? .bad : .neutral),
                    .init(failedText(g)),
                ]
            }, empty: "no evaluation in the period")
    }
}
