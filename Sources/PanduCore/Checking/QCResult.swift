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

    /// A result as scored.
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
        scoring(
            id: id, standard: standard, weights: ScoreWeights(standard), results: results, scope: scope,
            fatalScore: fatalScore)
    }

    /// The same with the standard's weights worked out once.
    static func scoring(
        id: String?, standard: Standard, weights: ScoreWeights, results: [ParameterResult], scope: String,
        fatalScore: Double
    ) -> QCResult {
        var passed = 0.0
        var judged = 0.0
        var fatal = false
        for i in results.indices {  // by index: a copy of each result would retain its four strings
            guard let k = weights.index(of: results[i].parameter, hint: i) else { continue }
            let w = weights.items[k]
            let verdict = results[i].verdict
            if w.fatal {
                if verdict == .fail { fatal = true }
                continue
            }
            guard !w.manual, w.weight > 0, verdict != .na else { continue }
            judged += w.weight
            if verdict == .pass { passed += w.weight }
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

/// A standard's weights, fatal and manual flags by parameter, for scoring without copying parameters.
struct ScoreWeights: Sendable {
    struct Item: Sendable {
        var weight: Double
        var fatal: Bool
        var manual: Bool
    }

    let ids: [ParameterID]
    let items: [Item]

    init(_ standard: Standard) {
        ids = standard.parameters.map(\.id)
        items = standard.parameters.map { Item(weight: $0.weight, fatal: $0.fatal, manual: $0.manual) }
    }

    /// The position of `id`; results usually come in form order, so `hint` is tried first.
    func index(of id: ParameterID, hint: Int) -> Int? {
        hint < ids.count && ids[hint] == id ? hint : ids.firstIndex(of: id)
    }
}
