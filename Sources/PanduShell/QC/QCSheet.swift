import PanduCore

/// A QC result as a readable sheet in Indonesian: parameter, verdict ✓/✗/–, evidence, suggestion,
/// then score, fatal flag and overall verdict.
struct QCSheet {
    let result: QCResult
    let standards: StandardSet

    var text: String {
        let standard = standards.standard(result.standard)
        var lines: [String] = []
        let title = "LEMBAR QC \(result.id ?? "(tanpa id)") — \(result.standard)"
        lines.append(title + (result.standardVersion.isEmpty ? "" : " (versi \(result.standardVersion))"))
        lines.append(String(repeating: "=", count: min(78, title.count + 12)))
        for r in result.results {
            let weight = standard?.parameters.first { $0.id == r.parameter }.map(Self.weightLabel) ?? ""
            lines.append("\(Self.mark(r.verdict)) \(Self.pad(r.parameter.rawValue, 11)) \(r.name)\(weight)")
            lines.append("    bukti: \(r.evidence)")
            if let s = r.suggestion { lines.append("    saran: \(s)") }
        }
        lines.append(String(repeating: "-", count: 40))
        lines.append("Skor: \(result.score.map(Self.number) ?? "–")")
        lines.append("Fatal: \(result.fatal ? "YA" : "tidak")")
        lines.append("Hasil: \(Self.overall(result.overall))")
        return lines.joined(separator: "\n") + "\n"
    }

    static func mark(_ v: Verdict) -> String {
        switch v {
        case .pass: "✓"
        case .fail: "✗"
        case .na: "–"
        }
    }

    static func overall(_ v: Verdict?) -> String {
        switch v {
        case .pass?: "LULUS"
        case .fail?: "TIDAK LULUS"
        default: "– (cakupan sebagian, tanpa hasil akhir)"
        }
    }

    private static func weightLabel(_ p: StandardParameter) -> String {
        if p.fatal { return " [FATAL]" }
        if p.manual { return " [manual, bobot \(number(p.weight))]" }
        return " [bobot \(number(p.weight))]"
    }

    static func number(_ d: Double) -> String {
        d.rounded() == d ? String(Int(d)) : String(d)
    }

    private static func pad(_ s: String, _ n: Int) -> String {
        s.count >= n ? s : s + String(repeating: " ", count: n - s.count)
    }
}
