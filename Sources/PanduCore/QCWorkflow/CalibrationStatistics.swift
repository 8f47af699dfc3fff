/// How far QC officers agree on one contact (a calibration round): per parameter the consensus (the
/// majority verdict) and the share of officers who gave it; the spread of their scores; and how often each
/// officer, and the auto-checker, gave the consensus verdict.
public struct CalibrationStatistics: Hashable, Sendable {
    /// One parameter's agreement.
    public struct ParameterAgreement: Hashable, Sendable {
        public var parameter: ParameterID
        /// The verdict most officers gave; nil on a tie between the top verdicts.
        public var consensus: Verdict?
        /// Officers who gave the consensus ÷ officers (0 on a tie).
        public var agreement: Double
        /// Every officer's verdict, in officer order.
        public var verdicts: [Verdict]
        /// The checker's verdict (nil: a manual parameter).
        public var auto: Verdict?
    }

    /// One evaluator's agreement with the consensus.
    public struct EvaluatorAgreement: Hashable, Sendable {
        /// The officer's code, or `auto` for the checker.
        public var evaluator: String
        public var score: Double?
        /// Parameters with a consensus on which this evaluator gave it.
        public var matches: Int
        /// Parameters with a consensus that this evaluator judged.
        public var compared: Int
        /// matches ÷ compared (nil when nothing was compared).
        public var rate: Double? { compared > 0 ? Double(matches) / Double(compared) : nil }
    }

    public var parameters: [ParameterAgreement]
    public var evaluators: [EvaluatorAgreement]
    public var minScore: Double?
    public var maxScore: Double?
    public var meanScore: Double?
    /// max − min of the officers' scores.
    public var spread: Double? {
        guard let minScore, let maxScore else { return nil }
        return maxScore - minScore
    }
    /// Mean of the per-parameter agreements.
    public var overallAgreement: Double {
        parameters.isEmpty ? 0 : parameters.map(\.agreement).reduce(0, +) / Double(parameters.count)
    }

    /// The figures for `officers`' forms (one verdict map and score each, in officer order), the parameters
    /// in form order, and the checker's verdicts.
    public init(
        parameters order: [ParameterID], officers: [(code: String, verdicts: [ParameterID: Verdict], score: Double?)],
        auto: [ParameterID: Verdict], autoScore: Double?
    ) {
        var rows: [ParameterAgreement] = []
        for p in order {
            let given = officers.map { $0.verdicts[p] ?? .na }
            let consensus = Self.majority(given)
            let agreeing = consensus.map { c in given.filter { $0 == c }.count } ?? 0
            rows.append(
                ParameterAgreement(
                    parameter: p, consensus: consensus,
                    agreement: given.isEmpty ? 0 : Double(agreeing) / Double(given.count), verdicts: given,
                    auto: auto[p]))
        }
        parameters = rows
        var evaluators = officers.map { o in
            Self.compare(o.code, score: o.score, rows: rows) { o.verdicts[$0] ?? .na }
        }
        evaluators.append(Self.compare("auto", score: autoScore, rows: rows) { auto[$0] })
        self.evaluators = evaluators
        let scores = officers.compactMap(\.score)
        minScore = scores.min()
        maxScore = scores.max()
        meanScore = scores.isEmpty ? nil : (scores.reduce(0, +) / Double(scores.count) * 100).rounded() / 100
    }

    /// The verdict given most often; nil when two verdicts tie for the most.
    static func majority(_ verdicts: [Verdict]) -> Verdict? {
        let counts = Verdict.allCases.map { v in (v, verdicts.filter { $0 == v }.count) }
        guard let top = counts.max(by: { $0.1 < $1.1 }), top.1 > 0 else { return nil }
        return counts.filter { $0.1 == top.1 }.count == 1 ? top.0 : nil
    }

    private static func compare(
        _ who: String, score: Double?, rows: [ParameterAgreement], verdict: (ParameterID) -> Verdict?
    ) -> EvaluatorAgreement {
        var matches = 0
        var compared = 0
        for row in rows {
            guard let consensus = row.consensus, let given = verdict(row.parameter) else { continue }
            compared += 1
            if given == consensus { matches += 1 }
        }
        return EvaluatorAgreement(evaluator: who, score: score, matches: matches, compared: compared)
    }
}
