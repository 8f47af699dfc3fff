import Foundation
import PanduCore

/// Where every handling fact is kept. SQLite (GRDB) is the default; PostgreSQL serves a shared floor.
/// Synchronous on purpose: the shell is a blocking readline loop and every fact is written before the
/// agent's next keystroke. Implementations must be safe to call from one thread at a time per instance,
/// and several processes may share one store.
public protocol Store: AnyObject, Sendable {
    /// Creates or upgrades the schema; idempotent and safe when several processes start at once.
    func migrate() throws

    // MARK: people

    /// How many people exist (0 means the store needs its first admin).
    func countPeople() throws -> Int
    /// Adds a person; fails with `StoreError.conflict` if the code exists.
    func addPerson(_ person: Person) throws
    /// Replaces a person's record (name, role, PIN hash, disabled, …).
    func updatePerson(_ person: Person) throws
    /// The person with this code, or nil.
    func person(_ code: PersonCode) throws -> Person?
    /// Everyone, ordered by code.
    func people() throws -> [Person]

    // MARK: sessions and events

    /// Records a new contact header; its `session_started` event is appended separately.
    func createSession(_ session: SessionRecord) throws
    /// Updates a contact header (status, end, disposition).
    func updateSession(_ session: SessionRecord) throws
    /// One contact header.
    func session(_ id: SessionID) throws -> SessionRecord?
    /// Contact headers matching `query`, newest first.
    func sessions(_ query: SessionQuery) throws -> [SessionRecord]
    /// Appends one event in its own transaction and returns it with its id.
    @discardableResult func append(_ event: HandlingEvent) throws -> HandlingEvent
    /// The events of one contact, in the order written.
    func events(session: SessionID) throws -> [HandlingEvent]
    /// Events by `actor` (nil: everyone) of `types` (empty: every type) in `[from, to)`, oldest first; mostly
    /// asked for agent-state and audit events, which have no session, but session events match too.
    func events(actor: PersonCode?, types: Set<EventType>, from: Date?, to: Date?) throws -> [HandlingEvent]
}

/// Filters for listing contacts.
public struct SessionQuery: Sendable, Equatable {
    public var agents: [PersonCode]?
    public var flow: FlowID?
    public var service: Service?
    public var status: SessionRecord.Status?
    public var disposition: String?
    public var from: Date?
    public var to: Date?
    public var limit: Int?

    public init(
        agents: [PersonCode]? = nil, flow: FlowID? = nil, service: Service? = nil,
        status: SessionRecord.Status? = nil, disposition: String? = nil, from: Date? = nil, to: Date? = nil,
        limit: Int? = nil
    ) {
        self.agents = agents
        self.flow = flow
        self.service = service
        self.status = status
        self.disposition = disposition
        self.from = from
        self.to = to
        self.limit = limit
    }
}
