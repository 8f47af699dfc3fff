import Foundation
import GRDB
import PanduCore

/// A row of `qc_disputes`.
struct QCDisputeRow: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "qc_disputes"

    var id: Int64?
    var evaluationID: Int64
    var parameter: String
    var reason: String
    var agent: String
    var openedAt: Int64
    var status: String
    var resolver: String?
    var resolvedAt: Int64?
    var comment: String?
    var newVerdict: String?

    enum CodingKeys: String, CodingKey {
        case id, parameter, reason, agent, status, resolver, comment
        case evaluationID = "evaluation_id"
        case openedAt = "opened_at"
        case resolvedAt = "resolved_at"
        case newVerdict = "new_verdict"
    }

    init(_ d: QCDispute) {
        id = d.id == 0 ? nil : d.id
        evaluationID = d.evaluationID
        parameter = d.parameter.rawValue
        reason = d.reason
        agent = d.agent.rawValue
        openedAt = StoredTime.milliseconds(d.openedAt)
        status = d.status.rawValue
        resolver = d.resolver?.rawValue
        resolvedAt = d.resolvedAt.map(StoredTime.milliseconds)
        comment = d.comment
        newVerdict = d.newVerdict?.rawValue
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// The domain value.
    func dispute() -> QCDispute {
        QCDispute(
            id: id ?? 0, evaluationID: evaluationID, parameter: ParameterID(parameter), reason: reason,
            agent: PersonCode(agent), openedAt: StoredTime.date(openedAt),
            status: QCDispute.Status(rawValue: status) ?? .open, resolver: resolver.map { PersonCode($0) },
            resolvedAt: resolvedAt.map(StoredTime.date), comment: comment, newVerdict: newVerdict.flatMap(Verdict.init))
    }
}
