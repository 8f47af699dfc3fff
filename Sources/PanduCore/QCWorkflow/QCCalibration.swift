import Foundation

/// A blind calibration round: several QC officers score the same contact without seeing each other's
/// forms until the round is closed.
public struct QCCalibration: Hashable, Codable, Sendable {
    /// Assigned by the store; 0 before it is written.
    public var id: Int64
    public var sessionID: SessionID
    public var officers: [PersonCode]
    public var openedBy: PersonCode
    public var openedAt: Date
    public var closedAt: Date?

    /// A round as opened.
    public init(
        id: Int64 = 0, sessionID: SessionID, officers: [PersonCode], openedBy: PersonCode, openedAt: Date,
        closedAt: Date? = nil
    ) {
        self.id = id
        self.sessionID = sessionID
        self.officers = officers
        self.openedBy = openedBy
        self.openedAt = openedAt
        self.closedAt = closedAt
    }

    enum CodingKeys: String, CodingKey {
        case id, officers
        case sessionID = "session_id"
        case openedBy = "opened_by"
        case openedAt = "opened_at"
        case closedAt = "closed_at"
    }

    /// Whether officers may still see only their own form.
    public var isOpen: Bool { closedAt == nil }
}
