import Foundation
import GRDB
import PanduCore

/// Tier 2 callbacks and their history.
extension SQLiteStore: CallbackStore {
    /// Records a new callback, its `created` line and the contact event in one transaction.
    public func recordCallback(_ callback: Callback, event: HandlingEvent?) throws -> (Callback, HandlingEvent?) {
        try writing("recording a callback") { db in
            let stored = try insert(event, in: db)
            var row = CallbackRow(callback)
            row.id = nil
            try row.insert(db)
            let saved = try row.callback()
            var line = CallbackHistoryRow(
                CallbackHistoryEntry(
                    saved, action: .created, actor: saved.createdBy, at: saved.createdAt, note: saved.reason,
                    sessionID: saved.sessionID))
            try line.insert(db)
            return (saved, stored)
        }
    }

    /// One callback.
    public func callback(_ id: Int64) throws -> Callback? {
        try reading("reading callback \(id)") { try CallbackRow.fetchOne($0, key: id) }?.callback()
    }

    /// Callbacks matching `query`, in queue order.
    public func callbacks(_ query: CallbackQuery) throws -> [Callback] {
        typealias C = CallbackRow.Columns
        var request = CallbackRow.all()
        if let ids = query.ids { request = request.filter(ids.contains(C.id)) }
        if let statuses = query.statuses { request = request.filter(statuses.map(\.rawValue).contains(C.status)) }
        if let owner = query.owner { request = request.filter(C.owner == owner.rawValue) }
        if let by = query.createdBy { request = request.filter(C.createdBy == by.rawValue) }
        if let due = query.dueBefore { request = request.filter(C.dueAt <= StoredTime.milliseconds(due)) }
        if let from = query.createdFrom { request = request.filter(C.createdAt >= StoredTime.milliseconds(from)) }
        if let to = query.createdTo { request = request.filter(C.createdAt < StoredTime.milliseconds(to)) }
        request = request.order(C.dueAt, C.priorityRank, C.id)
        if let limit = query.limit { request = request.limit(max(0, limit)) }
        let ordered = request
        return try reading("listing callbacks") { try ordered.fetchAll($0) }.map { try $0.callback() }
    }

    /// History lines, oldest first.
    public func callbackHistory(
        ids: [Int64]?, action: CallbackHistoryEntry.Action?, from: Date?, to: Date?
    ) throws -> [CallbackHistoryEntry] {
        typealias C = CallbackHistoryRow.Columns
        var request = CallbackHistoryRow.all()
        if let ids { request = request.filter(ids.contains(C.callbackID)) }
        if let action { request = request.filter(C.action == action.rawValue) }
        if let from { request = request.filter(C.at >= StoredTime.milliseconds(from)) }
        if let to { request = request.filter(C.at < StoredTime.milliseconds(to)) }
        let ordered = request.order(C.id)
        return try reading("reading callback history") { try ordered.fetchAll($0) }.map { try $0.entry() }
    }

    /// Changes one callback and appends its history line (and `event`) in one transaction.
    public func changeCallback(
        _ id: Int64, event: HandlingEvent?, _ change: (Callback) throws -> (Callback, CallbackHistoryEntry)
    ) throws -> (Callback, HandlingEvent?) {
        try writing("changing callback \(id)") { db in
            guard let current = try CallbackRow.fetchOne(db, key: id)?.callback() else {
                throw StoreError.notFound(what: "callback", id: String(id))
            }
            let (next, line) = try change(current)
            let stored = try insert(event, in: db)
            try save(next, line, db)
            return (next, stored)
        }
    }

    /// Pulls the first acceptable due callback in queue order, in one transaction.
    public func pullCallback(
        dueBy now: Date, pick: (Callback) -> Bool, change: (Callback) -> (Callback, CallbackHistoryEntry)
    ) throws -> Callback? {
        typealias C = CallbackRow.Columns
        let request = CallbackRow.filter(
            [CallbackStatus.open.rawValue, CallbackStatus.inProgress.rawValue].contains(C.status)
                && C.dueAt <= StoredTime.milliseconds(now)
        ).order(C.dueAt, C.priorityRank, C.id)
        return try writing("pulling the next callback") { db in
            let cursor = try request.fetchCursor(db)
            while let row = try cursor.next() {
                let candidate = try row.callback()
                guard pick(candidate) else { continue }
                let (next, line) = change(candidate)
                try save(next, line, db)
                return next
            }
            return nil
        }
    }

    private func save(_ callback: Callback, _ line: CallbackHistoryEntry, _ db: Database) throws {
        try CallbackRow(callback).update(db)
        var history = CallbackHistoryRow(line)
        history.id = nil
        try history.insert(db)
    }
}
