import Foundation

/// One append-only line of an evaluation's history: who did what and when, the score after it, and the
/// link of the hash chain that makes a rewrite detectable.
public struct QCHistoryEntry: Hashable, Codable, Sendable {
    /// Position in the whole QC history (1, 2, …); assigned by the store.
    public var seq: Int64
    public var evaluationID: Int64
    public var at: Date
    public var actor: PersonCode
    /// submitted, released, acknowledged, disputed, resolved, calibration.
    public var action: String
    /// What changed, in words (the override, the dispute's reason, the resolution's comment).
    public var detail: String
    public var status: QCEvaluation.Status
    public var score: Double?
    /// Verdicts after the change, `PARAM=verdict` joined by commas in form order.
    public var verdicts: String
    /// The previous entry's hash ("" for the first).
    public var previousHash: String
    public var hash: String

    /// An entry; the store fills `seq`, `previousHash` and `hash`.
    public init(
        seq: Int64 = 0, evaluationID: Int64, at: Date, actor: PersonCode, action: String, detail: String,
        status: QCEvaluation.Status, score: Double?, verdicts: String, previousHash: String = "", hash: String = ""
    ) {
        self.seq = seq
        self.evaluationID = evaluationID
        self.at = at
        self.actor = actor
        self.action = action
        self.detail = detail
        self.status = status
        self.score = score
        self.verdicts = verdicts
        self.previousHash = previousHash
        self.hash = hash
    }

    enum CodingKeys: String, CodingKey {
        case seq, at, actor, action, detail, status, score, verdicts, hash
        case evaluationID = "evaluation_id"
        case previousHash = "previous_hash"
    }

    /// The entry recording `evaluation` as it is after `action` by `actor`.
    public static func after(
        _ action: String, of evaluation: QCEvaluation, by actor: PersonCode, at: Date, detail: String
    ) -> QCHistoryEntry {
        QCHistoryEntry(
            evaluationID: evaluation.id, at: at, actor: actor, action: action, detail: detail,
            status: evaluation.status, score: evaluation.score, verdicts: verdictLine(evaluation))
    }

    /// `PARAM=verdict,…` in form order: the state a history line vouches for.
    public static func verdictLine(_ evaluation: QCEvaluation) -> String {
        evaluation.items.map { "\($0.parameter.rawValue)=\($0.verdict.rawValue)" }.joined(separator: ",")
    }
}
