import Foundation
import PanduCore

/// QC evaluations, their append-only hash-chained history, disputes, samples and calibration rounds.
/// Every change of an evaluation writes the new state and its history line in one transaction.
public protocol QCStore: AnyObject, Sendable {
    /// Writes a new evaluation with its first history line (`action`); returns it with its id.
    func createEvaluation(_ evaluation: QCEvaluation, action: String, detail: String) throws -> QCEvaluation
    /// Replaces an evaluation's state and appends `entry` to its history, atomically.
    func updateEvaluation(_ evaluation: QCEvaluation, entry: QCHistoryEntry) throws
    /// One evaluation.
    func evaluation(_ id: Int64) throws -> QCEvaluation?
    /// Evaluations matching `query`, newest contact first.
    func evaluations(_ query: EvaluationQuery) throws -> [QCEvaluation]
    /// One evaluation's history, oldest first.
    func history(evaluation: Int64) throws -> [QCHistoryEntry]
    /// Checks the whole history chain and that every evaluation matches its last history line.
    func auditQC() throws -> QCAuditReport

    /// Opens a dispute and updates its evaluation (status, history) atomically; returns it with its id.
    func openDispute(_ dispute: QCDispute, evaluation: QCEvaluation, entry: QCHistoryEntry) throws -> QCDispute
    /// Records a decision and the evaluation it changed atomically.
    func resolveDispute(_ dispute: QCDispute, evaluation: QCEvaluation, entry: QCHistoryEntry) throws
    /// One dispute.
    func dispute(_ id: Int64) throws -> QCDispute?
    /// The disputes of one evaluation, oldest first.
    func disputes(evaluation: Int64) throws -> [QCDispute]

    /// Contacts drawn before for `purpose` (never drawn twice).
    func sampledSessions(purpose: String) throws -> Set<SessionID>
    /// Records drawn contacts; fails with `conflict` (and writes nothing) if one was drawn before.
    func recordSamples(_ samples: [QCSample]) throws
    /// Draws for `purpose` made in `[from, to)`, oldest first.
    func samples(purpose: String, from: Date?, to: Date?) throws -> [QCSample]

    /// Opens a calibration round; returns it with its id.
    func createCalibration(_ calibration: QCCalibration) throws -> QCCalibration
    /// One calibration round.
    func calibration(_ id: Int64) throws -> QCCalibration?
    /// Closes a round so its forms become visible to each other.
    func closeCalibration(_ id: Int64, at: Date) throws
    /// Benchmark seeding: evaluations in ONE transaction, each with its first history line.
    func seedEvaluations(_ evaluations: [QCEvaluation], actor: PersonCode) throws
}

/// Filters for listing evaluations.
public struct EvaluationQuery: Sendable, Equatable {
    public var agents: [PersonCode]?
    public var evaluator: PersonCode?
    public var statuses: [QCEvaluation.Status]?
    public var session: SessionID?
    public var calibration: Int64?
    /// Whether blind calibration forms are listed (only when asked for by `calibration`).
    public var includeCalibration: Bool
    public var from: Date?
    public var to: Date?
    public var limit: Int?

    /// A query; every filter optional.
    public init(
        agents: [PersonCode]? = nil, evaluator: PersonCode? = nil, statuses: [QCEvaluation.Status]? = nil,
        session: SessionID? = nil, calibration: Int64? = nil, includeCalibration: Bool = false, from: Date? = nil,
        to: Date? = nil, limit: Int? = nil
    ) {
        self.agents = agents
        self.evaluator = evaluator
        self.statuses = statuses
        self.session = session
        self.calibration = calibration
        self.includeCalibration = includeCalibration
        self.from = from
        self.to = to
        self.limit = limit
    }
}

/// One drawn contact.
public struct QCSample: Hashable, Codable, Sendable {
    public var sessionID: SessionID
    /// `qc` for QC tapping, `monitoring` for a TL's real monitoring (F-04).
    public var purpose: String
    public var agent: PersonCode
    public var drawnBy: PersonCode
    public var drawnAt: Date
    public var seed: String

    /// A drawn contact.
    public init(
        sessionID: SessionID, purpose: String, agent: PersonCode, drawnBy: PersonCode, drawnAt: Date, seed: String
    ) {
        self.sessionID = sessionID
        self.purpose = purpose
        self.agent = agent
        self.drawnBy = drawnBy
        self.drawnAt = drawnAt
        self.seed = seed
    }

    enum CodingKeys: String, CodingKey {
        case purpose, agent, seed
        case sessionID = "session_id"
        case drawnBy = "drawn_by"
        case drawnAt = "drawn_at"
    }
}

/// What `pandu qc audit` found.
public struct QCAuditReport: Hashable, Codable, Sendable {
    public var entries: Int
    /// The hash of the newest entry: write it down elsewhere to detect a rewrite of the whole chain.
    public var head: String
    /// Each problem in words, naming the history seq or evaluation id.
    public var problems: [String]

    /// A report.
    public init(entries: Int, head: String, problems: [String]) {
        self.entries = entries
        self.head = head
        self.problems = problems
    }
}
