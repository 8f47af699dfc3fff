import Foundation
import GRDB
import PanduCore

/// A row of `qc_history`: append-only (triggers refuse UPDATE and DELETE) and hash-chained.
struct QCHistoryRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "qc_history"

    var seq: Int64
    var evaluationID: Int64
    var at: Int64
    var actor: String
    var action: String
    var detail: String
    var status: String
    var score: Double?
    var verdicts: String
    var previousHash: String
    var hash: String

    enum CodingKeys: String, CodingKey {
        case seq, at, actor, action, detail, status, score, verdicts, hash
        case evaluationID = "evaluation_id"
        case previousHash = "previous_hash"
    }

    /// The row for `entry` at `seq`, chained to `previousHash`.
    init(_ entry: QCHistoryEntry, seq: Int64, previousHash: String) {
        self.seq = seq
        evaluationID = entry.evaluationID
        at = StoredTime.milliseconds(entry.at)
        actor = entry.actor.rawValue
        action = entry.action
        detail = entry.detail
        status = entry.status.rawValue
        score = entry.score
        verdicts = entry.verdicts
        self.previousHash = previousHash
        hash = ""
        hash = QCHistoryChain.hash(self)
    }

    /// The domain value.
    func entry() -> QCHistoryEntry {
        QCHistoryEntry(
            seq: seq, evaluationID: evaluationID, at: StoredTime.date(at), actor: PersonCode(actor), action: action,
            detail: detail, status: QCEvaluation.Status(rawValue: status) ?? .submitted, score: score,
            verdicts: verdicts, previousHash: previousHash, hash: hash)
    }
}
