import Foundation
import GRDB
import PanduCore

/// Contact headers.
extension SQLiteStore {
    /// Records a new contact header; its `session_started` event is appended separately.
    public func createSession(_ session: SessionRecord) throws {
        let row = SessionRow(session)
        do {
            try writing("recording session \(session.id)") { try row.insert($0) }
        } catch let error where Self.isConstraint(error, .SQLITE_CONSTRAINT_PRIMARYKEY) {
            throw StoreError.conflict(what: "session", id: session.id.rawValue)
        }
    }

    /// Updates a contact header (status, end, disposition); fails with `notFound` if absent.
    public func updateSession(_ session: SessionRecord) throws {
        let row = SessionRow(session)
        let updated = try writing("updating session \(session.id)") { db in
            guard try row.exists(db) else { return false }
            try row.update(db)
            return true
        }
        if !updated { throw StoreError.notFound(what: "session", id: session.id.rawValue) }
    }

    /// One contact header.
    public func session(_ id: SessionID) throws -> SessionRecord? {
        try reading("reading session \(id)") { try SessionRow.fetchOne($0, key: id.rawValue) }?.record()
    }

    /// Contact headers matching `query`, newest first; `from`/`to` bound the start time as `[from, to)`.
    public func sessions(_ query: SessionQuery) throws -> [SessionRecord] {
        let request = Self.request(for: query)
        return try reading("listing sessions") { try request.fetchAll($0) }.map { try $0.record() }
    }

    private static func request(for query: SessionQuery) -> QueryInterfaceRequest<SessionRow> {
        typealias C = SessionRow.Columns
        var request = SessionRow.all()
        if let agents = query.agents { request = request.filter(agents.map(\.rawValue).contains(C.agent)) }
        if let flow = query.flow { request = request.filter(C.flow == flow.rawValue) }
        if let service = query.service { request = request.filter(C.service == service.rawValue) }
        if let status = query.status { request = request.filter(C.status == status.rawValue) }
        if let disposition = query.disposition { request = request.filter(C.disposition == disposition) }
        if let from = query.from { request = request.filter(C.startedAt >= StoredTime.milliseconds(from)) }
        if let to = query.to { request = request.filter(C.startedAt < StoredTime.milliseconds(to)) }
        request = request.order(C.startedAt.desc, C.id.desc)
        if let limit = query.limit { request = request.limit(max(0, limit)) }
        return request
    }
}
