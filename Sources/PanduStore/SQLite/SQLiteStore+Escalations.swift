import Foundation
import GRDB
import PanduCore

/// Escalation records and their status history.
extension SQLiteStore: EscalationStore {
    /// Records a new escalation, its `open` line and the contact event in one transaction.
    public func raiseEscalation(_ escalation: Escalation, event: HandlingEvent?) throws -> (Escalation, HandlingEvent?)
    {
        try writing("recording an escalation") { db in
            let stored = try insert(event, in: db)
            var row = EscalationRow(escalation)
            row.id = nil
            try row.insert(db)
            let saved = try row.escalation()
            var line = EscalationHistoryRow(
                EscalationHistoryEntry(
                    escalationID: row.id ?? 0, at: escalation.raisedAt, actor: escalation.raisedBy, status: .open,
                    note: escalation.reason))
            try line.insert(db)
            return (saved, stored)
        }
    }

    /// One escalation.
    public func escalation(_ id: Int64) throws -> Escalation? {
        try reading("reading escalation \(id)") { try EscalationRow.fetchOne($0, key: id) }?.escalation()
    }

    /// Escalations matching `query`, by due time.
    public func escalations(_ query: EscalationQuery) throws -> [Escalation] {
        typealias C = EscalationRow.Columns
        var request = EscalationRow.all()
        if let statuses = query.statuses { request = request.filter(statuses.map(\.rawValue).contains(C.status)) }
        if let level = query.level { request = request.filter(C.level == level) }
        if let owner = query.owner { request = request.filter(C.owner == owner.rawValue) }
        if let by = query.raisedBy { request = request.filter(C.raisedBy == by.rawValue) }
        if let from = query.raisedFrom { request = request.filter(C.raisedAt >= StoredTime.milliseconds(from)) }
        if let to = query.raisedTo { request = request.filter(C.raisedAt < StoredTime.milliseconds(to)) }
        if let due = query.dueBefore { request = request.filter(C.dueAt < StoredTime.milliseconds(due)) }
        request = request.order(C.dueAt, C.id)
        if let limit = query.limit { request = request.limit(max(0, limit)) }
        let ordered = request
        return try reading("listing escalations") { try ordered.fetchAll($0) }.map { try $0.escalation() }
    }

    /// The history of one escalation, oldest first.
    public func escalationHistory(_ id: Int64) throws -> [EscalationHistoryEntry] {
        let request = EscalationHistoryRow.filter(Column("escalation_id") == id).order(Column("id"))
        return try reading("reading escalation history") { try request.fetchAll($0) }.map { try $0.entry() }
    }

    /// Changes one escalation and appends its history line in one transaction.
    public func changeEscalation(
        _ id: Int64, _ change: (Escalation) throws -> (Escalation, EscalationHistoryEntry)
    ) throws -> Escalation {
        try writing("changing escalation \(id)") { db in
            guard let current = try EscalationRow.fetchOne(db, key: id)?.escalation() else {
                throw StoreError.notFound(what: "escalation", id: String(id))
            }
            let (next, line) = try change(current)
            try EscalationRow(next).update(db)
            var history = EscalationHistoryRow(line)
            history.id = nil
            try history.insert(db)
            return next
        }
    }
}
