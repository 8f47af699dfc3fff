import Foundation
import GRDB
import PanduCore

/// The append-only record of what happened.
extension SQLiteStore {
    /// Appends one event in its own transaction and returns it as stored: with its id, and its time
    /// rounded to the millisecond as it will read back.
    @discardableResult public func append(_ event: HandlingEvent) throws -> HandlingEvent {
        var row = try EventRow(event)
        row.id = nil
        do {
            try writing("recording a \(event.type.rawValue) event") { try row.insert($0) }
        } catch let error where Self.isConstraint(error, .SQLITE_CONSTRAINT_FOREIGNKEY) {
            throw StoreError.notFound(what: "session", id: event.sessionID?.rawValue ?? "")
        }
        var stored = event
        stored.id = row.id
        stored.at = StoredTime.normalized(event.at)
        return stored
    }

    /// The events of one contact, in the order written.
    public func events(session: SessionID) throws -> [HandlingEvent] {
        let request = EventRow.filter(EventRow.Columns.sessionID == session.rawValue).order(EventRow.Columns.id)
        return try reading("reading the events of session \(session)") { try request.fetchAll($0) }
            .map { try $0.event() }
    }

    /// Events by `actor` (nil: everyone) of `types` (empty: every type) with time in `[from, to)`, oldest
    /// first (ties in the order written); with or without a session.
    public func events(actor: PersonCode?, types: Set<EventType>, from: Date?, to: Date?) throws -> [HandlingEvent] {
        typealias C = EventRow.Columns
        var request = EventRow.all()
        if let actor { request = request.filter(C.actor == actor.rawValue) }
        if !types.isEmpty { request = request.filter(types.map(\.rawValue).contains(C.type)) }
        if let from { request = request.filter(C.at >= StoredTime.milliseconds(from)) }
        if let to { request = request.filter(C.at < StoredTime.milliseconds(to)) }
        let ordered = request.order(C.at, C.id)
        return try reading("listing events") { try ordered.fetchAll($0) }.map { try $0.event() }
    }
}
