import Foundation
import GRDB
import PanduCore

/// A row of `recovery_plans`: one plan's header; its changes are in `recovery_history`.
struct RecoveryPlanRow: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "recovery_plans"

    var id: Int64?
    var scope: String
    var measure: String
    var intervalStart: Int64
    var intervalEnd: Int64
    var observed: Double
    var target: Double
    var direction: String
    var offered: Int?
    var ahtS: Double?
    var agentsNeeded: Int?
    var agentsStaffed: Int?
    var suggestion: String
    var owner: String?
    var status: String
    var openedAt: Int64
    var openedBy: String

    enum CodingKeys: String, CodingKey {
        case id, scope, measure, observed, target, direction, offered, suggestion, owner, status
        case intervalStart = "interval_start"
        case intervalEnd = "interval_end"
        case ahtS = "aht_s"
        case agentsNeeded = "agents_needed"
        case agentsStaffed = "agents_staffed"
        case openedAt = "opened_at"
        case openedBy = "opened_by"
    }

    init(_ p: RecoveryPlan) {
        id = p.id
        scope = p.scope
        measure = p.measure
        intervalStart = StoredTime.milliseconds(p.intervalStart)
        intervalEnd = StoredTime.milliseconds(p.intervalEnd)
        observed = p.observed
        target = p.target
        direction = p.direction
        offered = p.offered
        ahtS = p.ahtSeconds
        agentsNeeded = p.agentsNeeded
        agentsStaffed = p.agentsStaffed
        suggestion = p.suggestion
        owner = p.owner?.rawValue
        status = p.status.rawValue
        openedAt = StoredTime.milliseconds(p.openedAt)
        openedBy = p.openedBy.rawValue
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    func plan() throws -> RecoveryPlan {
        guard let status = RecoveryPlan.Status(rawValue: status) else {
            throw StoreError.corruptRecord(
                table: Self.databaseTableName, id: "\(id ?? 0)", detail: "unknown status \"\(self.status)\""
            )
        }
        return RecoveryPlan(
            id: id, scope: scope, measure: measure, intervalStart: StoredTime.date(intervalStart),
            intervalEnd: StoredTime.date(intervalEnd), observed: observed, target: target,
            direction: direction,
            offered: offered, ahtSeconds: ahtS, agentsNeeded: agentsNeeded, agentsStaffed: agentsStaffed,
            suggestion: suggestion, owner: owner.map { PersonCode($0) }, status: status,
            openedAt: StoredTime.date(openedAt), openedBy: PersonCode(openedBy))
    }
}
