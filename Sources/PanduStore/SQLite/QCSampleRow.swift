import Foundation
import GRDB
import PanduCore

/// A row of `qc_samples`.
struct QCSampleRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "qc_samples"

    var sessionID: String
    var purpose: String
    var agent: String
    var drawnBy: String
    var drawnAt: Int64
    var seed: String

    enum CodingKeys: String, CodingKey {
        case purpose, agent, seed
        case sessionID = "session_id"
        case drawnBy = "drawn_by"
        case drawnAt = "drawn_at"
    }

    init(_ s: QCSample) {
        sessionID = s.sessionID.rawValue
        purpose = s.purpose
        agent = s.agent.rawValue
        drawnBy = s.drawnBy.rawValue
        drawnAt = StoredTime.milliseconds(s.drawnAt)
        seed = s.seed
    }

    /// The domain value.
    func sample() -> QCSample {
        QCSample(
            sessionID: SessionID(sessionID), purpose: purpose, agent: PersonCode(agent), drawnBy: PersonCode(drawnBy),
            drawnAt: StoredTime.date(drawnAt), seed: seed)
    }
}
