/// The QC auto-score of one transcript: every parameter's verdict, the score, the fatal flag and the
/// overall verdict. Encodes as `{"id", "standard", "results": {PARAM: {"verdict", "evidence",
/// "suggestion"}}, "score", "fatal", "overall"}`.
public struct QCResult: Hashable, Sendable {
    public var id: String?
    public var standard: StandardID
    /// In the standard's form order, fatal items last.
    public var results: [ParameterResult]
    /// 100 × Σ pass weights / Σ (pass + fail) weights; 0 on a fatal fail; nil when nothing was scorable.
    public var score: Double?
    /// A fatal item failed.
    public var fatal: Bool
    /// `pass` / `fail` for a whole call or reply; nil for partial scopes.
    public var overall: Verdict?
    /// The version of the standard's file, kept with the evaluation.
    public var standardVersion: String

    public init(
        id: String?, standard: StandardID, results: [ParameterResult], score: Double?, fatal: Bool, overall: Verdict?,
        standardVersion: String = ""
    ) {
        self.id = id
        self.standard = standard
        self.results = results
        self.score = score
        self.fatal = fatal
        self.overall = overall
        self.standardVersion = standardVersion
    }

    /// The result of one parameter.
    public subscript(parameter: ParameterID) -> ParameterResult? { results.first { $0.parameter == parameter } }

    /// Scores `results` by the standard's formula (service-standards.md B0 `scoring`).
    public static func scoring(
        id: String?, standard: Standard, results: [ParameterResult], scope: String, fatalScore: Double = 0
    ) -> QCResult {
        let parameters = standard.parameters
        let inOrder = results.count == parameters.count && zip(results, parameters).allSatisfy { $0.parameter == $1.id }
        let index = inOrder ? [:] : Dictionary(parameters.indices.map { (parameters[$0].id, $0) }, uniquingKeysWith: { a, _ in a })
        var passed = 0.0, judged = 0.0
        var fatal = false
        for (i, r) in results.enumerated() {
            guard let k = inOrder ? i : index[r.parameter] else { continue }
            if parameters[k].fatal {
                if r.verdict == .fail { fatal = true }
                continue
            }
            let weight = parameters[k].weight
            guard !parameters[k].manual, weight > 0, r.verdict != .na else { continue }
            judged += weight
            if r.verdict == .pass { passed += weight }
        }
        var score: Double? = judged > 0 ? (100 * passed / judged * 100).rounded() / 100 : nil
        if fatal { score = fatalScore }
        var overall: Verdict?
        if scope == "full_call" || scope == "reply" {
            overall = !fatal && (score ?? 0) >= standard.passingScore ? .pass : .fail
            if score == nil && !fatal { overall = nil }
        }
        return QCResult(
            id: id, standard: standard.id, results: results, score: score, fatal: fatal, overall: overall,
            standardVersion: standard.version)
    }
}
