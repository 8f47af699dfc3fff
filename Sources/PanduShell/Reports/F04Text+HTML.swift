import Foundation
import PanduCore

extension F04Text {
    /// F-04 as a document for the HTML page: monitored contacts, results, average score per agent against the
    /// passing score, then the form's table.
    var document: ReportDocument {
        var doc = page
        let scored = rows.compactMap { $0.summary?.score }
        let passed = rows.filter { $0.summary?.overall == .pass }.count
        let failed = rows.filter { $0.summary?.overall == .fail }.count
        let coached = rows.filter { !$0.coaching.isEmpty }.count
        doc.tiles = [
            .init("Contacts monitored", String(rows.count)),
            .init("Passed", String(passed), status: .good),
            .init("Failed", String(failed), status: failed > 0 ? .bad : .good),
            .init(
                "Average score", scored.isEmpty ? "-" : ScoreText.format(scored.reduce(0, +) / Double(scored.count))),
            .init("Coached", String(coached)),
        ]
        let agents = Array(Set(rows.map(\.agentLabel))).sorted()
        let chart = ReportDocument.Chart(
            "Average score per agent", kind: .bar, unit: .count, categories: agents,
            series: [.init("average score", agents.map { averageScore(of: $0) })], target: passingScore)
        let table: [[ReportTable.Cell]] = rows.enumerated().map { n, row in
            cells(n + 1, row).enumerated().map { column, text in
                guard Self.columns[column] == "result" else { return ReportTable.Cell(text) }
                return ReportTable.Cell(text, text == "pass" ? .good : text == "fail" ? .bad : .neutral)
            }
        }
        doc.sections = [
            .init("Hasil per agen", charts: agents.isEmpty ? [] : [chart]),
            .init(
                "Kontak yang dimonitor",
                tables: [
                    ReportTable(
                        name: "f04", columns: Self.columns, rows: table,
                        empty: "no contact monitored or coached in the period")
                ]),
        ]
        return doc
    }

    private func averageScore(of agent: String) -> Double? {
        let scores = rows.filter { $0.agentLabel == agent }.compactMap { $0.summary?.score }
        return scores.isEmpty ? nil : scores.reduce(0, +) / Double(scores.count)
    }
}

extension F04Row {
    /// The agent as a chart category: name and login code.
    var agentLabel: String { agentName.isEmpty ? session.agent.rawValue : "\(agentName) (\(session.agent.rawValue))" }
}
