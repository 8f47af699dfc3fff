import Foundation
import GRDB
import PanduCore

/// Recovery plans and their append-only history.
extension SQLiteStore {
    /// Opens a plan unless the same scope, measure and interval already has one.
    public func openRecoveryPlan(_ plan: RecoveryPlan) throws -> (plan: RecoveryPlan, created: Bool) {
        try writing("opening a recovery plan for \(plan.scope) \(plan.measure)") { db in
            let start = StoredTime.milliseconds(plan.intervalStart)
            if let existing = try RecoveryPlanRow.filter(
                Column("scope") == plan.scope && Column("measure") == plan.measure
                    && Column("interval_start") == start
            ).fetchOne(db) {
                return (try existing.plan(), false)
            }
            var row = RecoveryPlanRow(plan)
            row.id = nil
            try row.insert(db)
            var opened = try RecoveryEntryRow(
                RecoveryEntry(
                    planID: row.id!, at: plan.openedAt, actor: plan.openedBy, kind: .opened,
                    note: plan.suggestion))
            try opened.insert(db)
            return (try row.plan(), true)
        }
    }

    /// One plan.
    public func recoveryPlan(id: Int64) throws -> RecoveryPlan? {
        try reading("reading recovery plan \(id)") { try RecoveryPlanRow.fetchOne($0, key: id) }?.plan()
    }

    /// Plans overlapping `[from, to)` with the given statuses, newest interval first.
    public func recoveryPlans(from: Date?, to: Date?, statuses: Set<RecoveryPlan.Status>) throws
        -> [RecoveryPlan]
    {
        var request = RecoveryPlanRow.all()
        if let from { request = request.filter(Column("interval_end") > StoredTime.milliseconds(from)) }
        if let to { request = request.filter(Column("interval_start") < StoredTime.milliseconds(to)) }
        if !statuses.isEmpty {
            request = request.filter(statuses.map(\.rawValue).contains(Column("status")))
        }
        let ordered = request.order(Column("interval_start").desc, Column("id").desc)
        return try reading("listing recovery plans") { try ordered.fetchAll($0) }.map { try $0.plan() }
    }

    /// Appends an entry and moves status / owner in the same transaction.
    @discardableResult
    public func appendRecovery(
        _ entry: RecoveryEntry, status: RecoveryPlan.Status?, owner: PersonCode?
    ) throws
        -> RecoveryEntry
    {
        var row = try RecoveryEntryRow(entry)
        row.id = nil
        try writing("recording a recovery plan \(entry.kind.rawValue)") { db in
            guard try RecoveryPlanRow.exists(db, key: entry.planID) else {
                throw StoreError.notFound(what: "recovery plan", id: "\(entry.planID)")
            }
            try row.insert(db)
            if let status {
                try db.execute(
                    sql: "UPDATE recovery_plans SET status = ? WHERE id = ?",
                    arguments: [status.rawValue, entry.planID])
            }
            if let owner {
                try db.execute(
                    sql: "UPDATE recovery_plans SET owner = ? WHERE id = ?",
                    arguments: [owner.rawValue, entry.planID])
            }
        }
        var stored = entry
        stored.id = row.id
        stored.at = StoredTime.normalized(entry.at)
        return stored
    }

    /// A plan's history, oldest first.
    public func recoveryHistory(planID: Int64) throws -> [RecoveryEntry] {
        let request = RecoveryEntryRow.filter(Column("plan_id") == planID).order(Column("id"))
        return try reading("reading the history of recovery plan \(planID)") {
            try request.fetchAll($0)
        }
        .map { try $0.entry() }
    }
}

/// SQLite keeps every monitoring record of issue 5.
extension SQLiteStore: MonitoringStore {}
