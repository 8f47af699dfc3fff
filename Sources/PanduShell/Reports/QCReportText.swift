import Foundation
import PanduCore

/// The QC report as Markdown, CSV or JSON.
struct QCReportText {
    let report: QCReport
    let from: String
    let to: String
    let names: [PersonCode: String]

    func render(_ format: DocumentFormat) -> String {
        switch format {
        case .markdown, .md: markdown()
        case .csv: csv()
        case .json: JSONText.encode(document)
        }
    }

    private func score(_ s: Double?) -> String { s.map(ScoreText.format) ?? "-" }
    private func failed(_ g: QCReport.Group) -> String {
        g.topFailed.map { "\($0.parameter) (\($0.count))" }.joined(separator: ", ")
    }

    private func markdown() -> String {
        var out = "# Laporan QC \(from) – \(to)\n\n"
        for (title, groups) in [("Per tim", report.teams), ("Per agen", report.agents)] {
            let rows = groups.map { g in
                [
                    g.level == "agent" ? "\(g.key) \(names[PersonCode(g.key)] ?? "")" : g.key, g.team,
                    String(g.evaluations), score(g.averageScore), ScoreText.percent(g.passRate), String(g.fatalCount),
                    failed(g),
                ]
            }
            out += "## \(title)\n\n"
            out += Markdown.table(
                ["kunci", "tim", "evaluasi", "rata-rata skor", "lulus %", "fatal", "parameter paling gagal"], rows)
            out += "\n"
        }
        let trend = report.trend.map { [$0.level, $0.key, $0.week, String($0.evaluations), score($0.averageScore)] }
        return out + "## Tren mingguan\n\n"
            + Markdown.table(["tingkat", "kunci", "minggu", "evaluasi", "rata-rata skor"], trend)
    }

    private func csv() -> String {
        var rows: [[String]] = []
        for g in report.teams + report.agents {
            rows.append([
                g.level, g.key, g.team, "", String(g.evaluations), score(g.averageScore), ScoreText.percent(g.passRate),
                String(g.fatalCount), g.topFailed.map { "\($0.parameter):\($0.count)" }.joined(separator: " "),
            ])
        }
        for p in report.trend {
            rows.append([
                "week-" + p.level, p.key, "", p.week, String(p.evaluations), score(p.averageScore), "", "", "",
            ])
        }
        let columns = [
            "level", "key", "team", "week", "evaluations", "average_score", "pass_rate", "fatal", "top_failed",
        ]
        return Table(columns: columns, rows: rows).csv()
    }

    private struct Failed: Encodable { let parameter: String, count: Int }
    private struct Group: Encodable {
        let level: String, key: String, team: String, evaluations: Int, average_score: Double?, pass_rate: Double
        let fatal: Int, top_failed: [Failed]
    }
    private struct Week: Encodable {
        let level: String, key: String, week: String, evaluations: Int, average_score: Double?
    }
    private struct Document: Encodable { let from: String, to: String, teams: [Group], agents: [Group], trend: [Week] }

    private var document: Document {
        func group(_ g: QCReport.Group) -> Group {
            Group(
                level: g.level, key: g.key, team: g.team, evaluations: g.evaluations, average_score: g.averageScore,
                pass_rate: g.passRate, fatal: g.fatalCount,
                top_failed: g.topFailed.map { Failed(parameter: $0.parameter.rawValue, count: $0.count) })
        }
        return Document(
            from: from, to: to, teams: report.teams.map(group), agents: report.agents.map(group),
            trend: report.trend.map {
                Week(
                    level: $0.level, key: $0.key, week: $0.week, evaluations: $0.evaluations,
                    average_score: $0.averageScore)
            })
    }
}
