import Foundation

/// An agent's dispute of one parameter of a released evaluation, decided by another QC officer.
public struct QCDispute: Hashable, Codable, Sendable {
    /// Where a dispute stands.
    public enum Status: String, Codable, Sendable, CaseIterable {
        case open, accepted, rejected
    }

    /// Assigned by the store; 0 before it is written.
    public var id: Int64
    public var evaluationID: Int64
    public var parameter: ParameterID
    public var reason: String
    public var agent: PersonCode
    public var openedAt: Date
    public var status: Status
    public var resolver: PersonCode?
    public var resolvedAt: Date?
    public var comment: String?
    /// The verdict the parameter was given when the dispute was accepted.
    public var newVerdict: Verdict?

    /// A dispute as the agent opens it.
    public init(
        id: Int64 = 0, evaluationID: Int64, parameter: ParameterID, reason: String, agent: PersonCode,
        openedAt: Date, status: Status = .open, resolver: PersonCode? = nil, resolvedAt: Date? = nil,
        comment: String? = nil, newVerdict: Verdict? = nil
    ) {
        self.id = id
        self.evaluationID = evaluationID
        self.parameter = parameter
        self.reason = reason
        self.agent = agent
        self.openedAt = openedAt
        self.status = status
        self.resolver = resolver
        self.resolvedAt = resolvedAt
        self.comment = comment
        self.newVerdict = newVerdict
    }

    enum CodingKeys: String, CodingKey {
        case id, parameter, reason, agent, status, resolver, comment
        case evaluationID = "evaluation_id"
        case openedAt = "opened_at"
        case resolvedAt = "resolved_at"
        case newVerdict = "new_verdict"
    }
}
