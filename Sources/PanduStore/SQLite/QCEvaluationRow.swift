import Foundation
import GRDB
import PanduCore

/// A row of `qc_evaluations`; the form's items are JSON.
struct QCEvaluationRow: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "qc_evaluations"

    var id: Int64?
    var sessionID: String?
    var transcriptID: String?
    var agent: String
    var standard: String
    var standardVersion: String
    var evaluator: String
    var status: String
    var items: String
    var score: Double?
    var fatal: Bool
    var overall: String?
    var contactAt: Int64
    var createdAt: Int64
    var releasedAt: Int64?
    var calibrationID: Int64?

    enum CodingKeys: String, CodingKey {
        case id, agent, standard, evaluator, status, items, score, fatal, overall
        case sessionID = "session_id"
        case transcriptID = "transcript_id"
        case standardVersion = "standard_version"
        case contactAt = "contact_at"
        case createdAt = "created_at"
        case releasedAt = "released_at"
        case calibrationID = "calibration_id"
    }

    init(_ e: QCEvaluation) throws {
        id = e.id == 0 ? nil : e.id
        sessionID = e.sessionID?.rawValue
        transcriptID = e.transcriptID
        agent = e.agent.rawValue
        standard = e.standard.rawValue
        standardVersion = e.standardVersion
        evaluator = e.evaluator.rawValue
        status = e.status.rawValue
        items = String(decoding: try JSONEncoder().encode(e.items), as: UTF8.self)
        score = e.score
        fatal = e.fatal
        overall = e.overall?.rawValue
        contactAt = StoredTime.milliseconds(e.contactAt)
        createdAt = StoredTime.milliseconds(e.createdAt)
        releasedAt = e.releasedAt.map(StoredTime.milliseconds)
        calibrationID = e.calibrationID
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// The domain value; fails on a status or form this build cannot read.
    func evaluation() throws -> QCEvaluation {
        let key = String(id ?? 0)
        guard let status = QCEvaluation.Status(rawValue: status) else {
            throw StoreError.corruptRecord(
                table: Self.databaseTableName, id: key, detail: "unknown status \"\(status)\"")
        }
        let decoded: [EvaluationItem]
        do { decoded = try JSONDecoder().decode([EvaluationItem].self, from: Data(items.utf8)) } catch {
            throw StoreError.corruptRecord(table: Self.databaseTableName, id: key, detail: "unreadable items: \(error)")
        }
        return QCEvaluation(
            id: id ?? 0, sessionID: sessionID.map { SessionID($0) }, transcriptID: transcriptID,
            agent: PersonCode(agent),
            standard: StandardID(standard), standardVersion: standardVersion, evaluator: PersonCode(evaluator),
            status: status, items: decoded, score: score, fatal: fatal, overall: overall.flatMap(Verdict.init),
            contactAt: StoredTime.date(contactAt), createdAt: StoredTime.date(createdAt),
            releasedAt: releasedAt.map(StoredTime.date), calibrationID: calibrationID)
    }
}
