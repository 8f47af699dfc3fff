import Foundation

/// A QC officer's evaluation of one contact against its standard (PM-08 §8.6 tapping): each parameter's
/// verdict (the checker's proposal confirmed or overridden), the score by the standard's formula, and
/// where it stands in release, acknowledgement and dispute.
public struct QCEvaluation: Hashable, Codable, Sendable {
    /// Where an evaluation stands.
    public enum Status: String, Codable, Sendable, CaseIterable {
        /// Scored; seen only by QC until released.
        case submitted
        /// Shown to the agent; the dispute window runs from here.
        case released
        /// The agent disputes at least one parameter.
        case disputed
        /// Every dispute is decided; the agent may still acknowledge.
        case resolved
        /// The agent has seen and accepted it.
        case acknowledged
        /// One officer's blind score inside a calibration round (never released).
        case calibration
    }

    /// Assigned by the store; 0 before it is written.
    public var id: Int64
    public var sessionID: SessionID?
    /// The transcript's own id, for an evaluation of a transcript file.
    public var transcriptID: String?
    public var agent: PersonCode
    public var standard: StandardID
    /// The `version:` of the standard when it was scored.
    public var standardVersion: String
    public var evaluator: PersonCode
    public var status: Status
    public var items: [EvaluationItem]
    public var score: Double?
    public var fatal: Bool
    public var overall: Verdict?
    /// When the contact was handled (the period reports group by).
    public var contactAt: Date
    public var createdAt: Date
    public var releasedAt: Date?
    public var calibrationID: Int64?

    /// An evaluation as the form produced it.
    public init(
        id: Int64 = 0, sessionID: SessionID?, transcriptID: String? = nil, agent: PersonCode, standard: StandardID,
        standardVersion: String, evaluator: PersonCode, status: Status = .submitted, items: [EvaluationItem],
        score: Double? = nil, fatal: Bool = false, overall: Verdict? = nil, contactAt: Date, createdAt: Date,
        releasedAt: Date? = nil, calibrationID: Int64? = nil
    ) {
        self.id = id
        self.sessionID = sessionID
        self.transcriptID = transcriptID
        self.agent = agent
        self.standard = standard
        self.standardVersion = standardVersion
        self.evaluator = evaluator
        self.status = status
        self.items = items
        self.score = score
        self.fatal = fatal
        self.overall = overall
        self.contactAt = contactAt
        self.createdAt = createdAt
        self.releasedAt = releasedAt
        self.calibrationID = calibrationID
    }

    enum CodingKeys: String, CodingKey {
        case id, agent, standard, evaluator, status, items, score, fatal, overall
        case sessionID = "session_id"
        case transcriptID = "transcript_id"
        case standardVersion = "standard_version"
        case contactAt = "contact_at"
        case createdAt = "created_at"
        case releasedAt = "released_at"
        case calibrationID = "calibration_id"
    }

    /// The item of `parameter`, if the form has it.
    public func item(_ parameter: ParameterID) -> EvaluationItem? { items.first { $0.parameter == parameter } }

    /// The verdicts by parameter.
    public var verdicts: [ParameterID: Verdict] {
        Dictionary(items.map { ($0.parameter, $0.verdict) }, uniquingKeysWith: { a, _ in a })
    }

    /// Parameters judged `fail`, in form order.
    public var failedParameters: [ParameterID] { items.filter { $0.verdict == .fail }.map(\.parameter) }

    /// The score, fatal flag and overall verdict worked out again from the items by `standard`'s formula.
    public mutating func rescore(by standard: Standard) {
        let s = EvaluationScore(standard: standard, verdicts: verdicts)
        score = s.score
        fatal = s.fatal
        overall = s.overall
    }
}

/// One line of a QC form: the checker's proposal and the officer's verdict.
public struct EvaluationItem: Hashable, Codable, Sendable {
    public var parameter: ParameterID
    public var name: String
    /// What the checker said; nil for manual parameters (intonation) it cannot judge.
    public var auto: Verdict?
    public var verdict: Verdict
    /// Why the officer overrode the checker, or any remark; required on an override.
    public var comment: String?
    public var evidence: String
    public var manual: Bool
    public var fatal: Bool

    /// A form line.
    public init(
        parameter: ParameterID, name: String, auto: Verdict?, verdict: Verdict, comment: String? = nil,
        evidence: String = "", manual: Bool = false, fatal: Bool = false
    ) {
        self.parameter = parameter
        self.name = name
        self.auto = auto
        self.verdict = verdict
        self.comment = comment
        self.evidence = evidence
        self.manual = manual
        self.fatal = fatal
    }

    /// Whether the officer's verdict differs from the checker's.
    public var isOverride: Bool { auto != nil && auto != verdict }
}
