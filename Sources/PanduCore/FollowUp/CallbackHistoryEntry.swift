import Foundation

/// One append-only line of a callback's history: created, assigned, pulled, an attempt and its outcome,
/// requeued, closed, cancelled. Attempts carry their outcome, note and the contact they were made on.
public struct CallbackHistoryEntry: Hashable, Codable, Sendable {
    /// What happened.
    public enum Action: String, Codable, Sendable, CaseIterable {
        case created, assigned, pulled, attempt, cancelled
    }

    public var id: Int64?
    public var callbackID: Int64
    public var at: Date
    public var actor: PersonCode
    public var action: Action
    /// The attempt's outcome code (attempts only).
    public var outcome: String?
    public var note: String?
    /// The contact the attempt was worked on.
    public var sessionID: SessionID?
    /// The status, owner and due time after this line.
    public var status: CallbackStatus
    public var owner: PersonCode?
    public var dueAt: Date

    public init(
        id: Int64? = nil, callbackID: Int64, at: Date, actor: PersonCode, action: Action, outcome: String? = nil,
        note: String? = nil, sessionID: SessionID? = nil, status: CallbackStatus, owner: PersonCode?, dueAt: Date
    ) {
        self.id = id
        self.callbackID = callbackID
        self.at = at
        self.actor = actor
        self.action = action
        self.outcome = outcome
        self.note = note
        self.sessionID = sessionID
        self.status = status
        self.owner = owner
        self.dueAt = dueAt
    }

    /// The line that records `callback` as it now stands.
    public init(
        _ callback: Callback, action: Action, actor: PersonCode, at: Date, outcome: String? = nil, note: String? = nil,
        sessionID: SessionID? = nil
    ) {
        self.init(
            callbackID: callback.id ?? 0, at: at, actor: actor, action: action, outcome: outcome, note: note,
            sessionID: sessionID, status: callback.status, owner: callback.owner, dueAt: callback.dueAt)
    }
}
