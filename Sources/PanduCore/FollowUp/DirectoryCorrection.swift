import Foundation

/// A proposed change to one field of a 108 directory entry (P-01 §8.1 steps 9-10): proposed by an agent
/// or TL, approved or rejected by data entry. Approved ones are applied on top of the directory CSV.
public struct DirectoryCorrection: Hashable, Codable, Sendable {
    /// Where a correction stands.
    public enum Status: String, Codable, Sendable, CaseIterable {
        case pending, approved, rejected
    }

    public var id: Int64?
    public var entryID: String
    public var field: DirectoryField
    /// The value when it was proposed.
    public var oldValue: String
    public var newValue: String
    public var reason: String
    public var proposedBy: PersonCode
    public var proposedAt: Date
    /// The contact it was proposed from, if any.
    public var sessionID: SessionID?
    public var status: Status
    public var decidedBy: PersonCode?
    public var decidedAt: Date?
    public var decisionNote: String?

    public init(
        id: Int64? = nil, entryID: String, field: DirectoryField, oldValue: String, newValue: String, reason: String,
        proposedBy: PersonCode, proposedAt: Date, sessionID: SessionID? = nil, status: Status = .pending,
        decidedBy: PersonCode? = nil, decidedAt: Date? = nil, decisionNote: String? = nil
    ) {
        self.id = id
        self.entryID = entryID
        self.field = field
        self.oldValue = oldValue
        self.newValue = newValue
        self.reason = reason
        self.proposedBy = proposedBy
        self.proposedAt = proposedAt
        self.sessionID = sessionID
        self.status = status
        self.decidedBy = decidedBy
        self.decidedAt = decidedAt
        self.decisionNote = decisionNote
    }
}
