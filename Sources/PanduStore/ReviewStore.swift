import Foundation
import PanduCore

/// What the TL review keeps besides events: session summaries (a cache rebuilt from events at will),
/// coaching notes and F-03 discipline records. Declared apart from `Store` so each area grows on its own.
public protocol ReviewStore: AnyObject, Sendable {
    /// Closed or interrupted contacts that have no summary yet, oldest first.
    func sessionsWithoutSummary(limit: Int) throws -> [SessionID]
    /// Writes (or replaces) summaries in one transaction.
    func saveSummaries(_ summaries: [SessionSummary]) throws
    /// Forgets every summary, so the next review works them out again.
    func deleteSummaries() throws
    /// Contacts with their summaries matching `query`, newest first.
    func reviewSessions(_ query: ReviewQuery) throws -> [ReviewedSession]
    /// The summary of one contact, if worked out.
    func summary(_ session: SessionID) throws -> SessionSummary?

    /// Appends a coaching note and returns it with its id.
    @discardableResult func addNote(_ note: ReviewNote) throws -> ReviewNote
    /// Notes on one contact, oldest first.
    func notes(session: SessionID) throws -> [ReviewNote]
    /// Notes written in `[from, to)`, oldest first.
    func notes(from: Date?, to: Date?) throws -> [ReviewNote]
    /// Appends a discipline record and returns it with its id.
    @discardableResult func addDiscipline(_ record: DisciplineRecord) throws -> DisciplineRecord
    /// Discipline records of `agent` (nil: everyone), oldest first.
    func disciplineRecords(agent: PersonCode?) throws -> [DisciplineRecord]
    /// Benchmark seeding: contact headers and their summaries in ONE transaction (no events).
    func seedSessions(_ sessions: [SessionRecord], summaries: [SessionSummary]) throws
}

/// A contact header with its summary (nil while open or not yet summarised).
public struct ReviewedSession: Hashable, Sendable {
    public var session: SessionRecord
    public var summary: SessionSummary?

    /// A header and its summary.
    public init(session: SessionRecord, summary: SessionSummary?) {
        self.session = session
        self.summary = summary
    }
}

/// Filters of `pandu review`.
public struct ReviewQuery: Sendable, Equatable {
    /// Only these agents' contacts (nil: everyone's).
    public var agents: [PersonCode]?
    /// Only agents of this team.
    public var team: String?
    public var service: Service?
    public var flow: FlowID?
    public var disposition: String?
    public var from: Date?
    public var to: Date?
    /// Only contacts whose summary failed this parameter.
    public var failed: ParameterID?
    /// Only contacts with a fatal fail.
    public var fatalOnly: Bool
    /// Only contacts longer than their flow's AHT target (flows without a target never match).
    public var ahtTargets: [FlowID: Int]?
    /// Only contacts with a hold longer than this many seconds.
    public var holdOver: Int?
    public var limit: Int?

    /// A query; every filter optional.
    public init(
        agents: [PersonCode]? = nil, team: String? = nil, service: Service? = nil, flow: FlowID? = nil,
        disposition: String? = nil, from: Date? = nil, to: Date? = nil, failed: ParameterID? = nil,
        fatalOnly: Bool = false, ahtTargets: [FlowID: Int]? = nil, holdOver: Int? = nil, limit: Int? = nil
    ) {
        self.agents = agents
        self.team = team
        self.service = service
        self.flow = flow
        self.disposition = disposition
        self.from = from
        self.to = to
        self.failed = failed
        self.fatalOnly = fatalOnly
        self.ahtTargets = ahtTargets
        self.holdOver = holdOver
        self.limit = limit
    }
}
