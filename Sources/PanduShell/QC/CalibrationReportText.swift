import Foundation
import PanduCore

/// A calibration round's statistics as Markdown, CSV or JSON.
struct CalibrationReportText {
    let round: QCCalibration
    let stats: CalibrationStatistics
    /// Parameters below this agreement are marked.
    let target: Double

    func render(_ format: DocumentFormat) -> String {
        switch format {
        case .markdown, .md: markdown()
        case .csv: csv()
        case .json: json()
        }
    }

    private func verdict(_ v: Verdict?) -> String { v?.rawValue ?? "-" }
    private func score(_ s: Double?) -> String { s.map(ScoreText.format) ?? "-" }
    private func rate(_ r: Double?) -> String { r.map(ScoreText.percent) ?? "-" }

    private func markdown() -> String {
        let officers = stats.evaluators.dropLast().map(\.evaluator)
        var lines = [
            "# Kalibrasi \(round.id): sesi \(round.sessionID)", "",
            "| parameter | konsensus | kesepakatan % | " + officers.joined(separator: " | ") + " | auto |",
            "|---|---|---|" + String(repeating: "---|", count: officers.count) + "---|",
        ]
        for p in stats.parameters {
            let flag = p.agreement < target ? " ⚠" : ""
            lines.append(
                "| \(p.parameter) | \(verdict(p.consensus)) | \(ScoreText.percent(p.agreement))\(flag) | "
                    + p.verdicts.map(\.rawValue).joined(separator: " | ") + " | \(verdict(p.auto)) |")
        }
        lines += [
            "", "Kesepakatan rata-rata: \(ScoreText.percent(stats.overallAgreement)) %",
            "Skor: min \(score(stats.minScore)), maks \(score(stats.maxScore)), rata-rata \(score(stats.meanScore)), rentang \(score(stats.spread))",
            "", "| penilai | skor | sesuai konsensus | dibandingkan | % |", "|---|---|---|---|---|",
        ]
        for e in stats.evaluators {
            lines.append("| \(e.evaluator) | \(score(e.score)) | \(e.matches) | \(e.compared) | \(rate(e.rate)) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func csv() -> String {
        var rows = [
            ["kind", "key", "consensus", "agreement", "verdicts", "auto", "score", "matches", "compared", "rate"]
        ]
        for p in stats.parameters {
            rows.append([
                "parameter", p.parameter.rawValue, verdict(p.consensus), ScoreText.percent(p.agreement),
                p.verdicts.map(\.rawValue).joined(separator: " "), verdict(p.auto), "", "", "", "",
            ])
        }
        for e in stats.evaluators {
            rows.append([
                "evaluator", e.evaluator, "", "", "", "", score(e.score), String(e.matches), String(e.compared),
                rate(e.rate),
            ])
        }
        rows.append([
            "spread", "score", "", ScoreText.percent(stats.overallAgreement), "", "", score(stats.spread), "", "", "",
        ])
        return Table(columns: rows[0], rows: Array(rows.dropFirst())).csv()
    }

    private func json() -> String {
        struct Parameter: Encodable {
            let parameter: String, consensus: String?, agreement: Double, verdicts: [String], auto: String?
        }
        struct Evaluator: Encodable {
            let evaluator: String, score: Double?, matches: Int, compared: Int, rate: Double?
        }
        struct Document: Encodable {
            let calibration: Int64, session: String, officers: [String], parameters: [Parameter]
            let evaluators: [Evaluator]
            let min_score: Double?, max_score: Double?, mean_score: Double?, spread: Double?, agreement: Double
        }
        let doc = Document(
            calibration: round.id, session: round.sessionID.rawValue, officers: round.officers.map(\.rawValue),
            parameters: stats.parameters.map {
                Parameter(
                    parameter: $0.parameter.rawValue, consensus: $0.consensus?.rawValue, agreement: $0.agreement,
                    verdicts: $0.verdicts.map(\.rawValue), auto: $0.auto?.rawValue)
            },
            evaluators: stats.evaluators.map {
                Evaluator(
                    evaluator: $0.evaluator, score: $0.score, matches: $0.matches, compared: $0.compared, rate: $0.rate)
            }, min_score: stats.minScore, max_score: stats.maxScore, mean_score: stats.meanScore, spread: stats.spread,
            agreement: stats.overallAgreement)
        return JSONText.encode(doc)
    }
}
