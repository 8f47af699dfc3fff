/// The score of a QC form by the standard's formula (service-standards.md B0 `scoring`):
/// 100 × Σ pass weights / Σ (pass + fail) weights, `na` left out; one fatal fail gives 0 and GAGAL.
/// Unlike the text checker, a manual parameter (intonation) judged by a listener counts: the formula leaves
/// manual items out only because the checker cannot hear them.
public struct EvaluationScore: Hashable, Sendable {
    public let score: Double?
    public let fatal: Bool
    public let overall: Verdict?

    /// Scores `verdicts` against `standard`; parameters without a verdict count as `na`.
    public init(standard: Standard, verdicts: [ParameterID: Verdict]) {
        var passed = 0.0
        var judged = 0.0
        var fatal = false
        for p in standard.parameters {
            let v = verdicts[p.id] ?? .na
            if p.fatal {
                if v == .fail { fatal = true }
                continue
            }
            guard p.weight > 0, v != .na else { continue }
            judged += p.weight
            if v == .pass { passed += p.weight }
        }
        var score: Double? = judged > 0 ? (100 * passed / judged * 100).rounded() / 100 : nil
        if fatal { score = 0 }
        self.score = score
        self.fatal = fatal
        if fatal {
            overall = .fail
        } else if let score {
            overall = score >= standard.passingScore ? .pass : .fail
        } else {
            overall = nil
        }
    }
}
