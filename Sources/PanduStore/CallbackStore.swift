import Foundation
import PanduCore

/// Where Tier 2 callbacks and their append-only history are kept. Every change is one transaction that
/// updates the callback and appends its history line (and, when given, the contact event that caused it).
public protocol CallbackStore: AnyObject, Sendable {
    /// Records a new callback with its `created` line and, if given, the contact event in the same
    /// transaction; returns both as stored.
    func recordCallback(_ callback: Callback, event: HandlingEvent?) throws -> (Callback, HandlingEvent?)
    /// One callback.
    func callback(_ id: Int64) throws -> Callback?
    /// Callbacks matching `query`, in queue order (due time, priority, id).
    func callbacks(_ query: CallbackQuery) throws -> [Callback]
    /// History lines of these callbacks (all when `ids` is nil) with `action` (any when nil) in `[from, to)`,
    /// oldest first.
    func callbackHistory(ids: [Int64]?, action: CallbackHistoryEntry.Action?, from: Date?, to: Date?) throws
        -> [CallbackHistoryEntry]
    /// Changes one callback in one transaction: `change` sees it as stored and returns the new state and
    /// its history line; an error thrown by `change` writes nothing. `event` is appended with it.
    func changeCallback(
        _ id: Int64, event: HandlingEvent?, _ change: (Callback) throws -> (Callback, CallbackHistoryEntry)
    ) throws -> (Callback, HandlingEvent?)
    /// Pulls, in one transaction, the first active callback due by `now` in queue order that `pick` accepts,
    /// changed by `change`; nil when none is.
    func pullCallback(
        dueBy now: Date, pick: (Callback) -> Bool, change: (Callback) -> (Callback, CallbackHistoryEntry)
    ) throws -> Callback?
}

/// Filters for listing callbacks.
public struct CallbackQuery: Sendable, Equatable {
    public var ids: [Int64]?
    public var statuses: Set<CallbackStatus>?
    public var owner: PersonCode?
    public var createdBy: PersonCode?
    public var dueBefore: Date?
    public var createdFrom: Date?
    public var createdTo: Date?
    public var limit: Int?

    public init(
        ids: [Int64]? = nil, statuses: Set<CallbackStatus>? = nil, owner: PersonCode? = nil,
        createdBy: PersonCode? = nil, dueBefore: Date? = nil, createdFrom: Date? = nil, createdTo: Date? = nil,
        limit: Int? = nil
    ) {
        self.ids = ids
        self.statuses = statuses
        self.owner = owner
        self.createdBy = createdBy
        self.dueBefore = dueBefore
        self.createdFrom = createdFrom
        self.createdTo = createdTo
        self.limit = limit
    }
}
