import Foundation
import GRDB
import PanduCore

/// A row of `sessions`: a `SessionRecord` (contact header) as stored.
struct SessionRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "sessions"

    var id: String
    var agent: String
    var flow: String
    var service: String
    var channel: String
    var startedAt: Int64
    var endedAt: Int64?
    var status: String
    var disposition: String?
    var customerZone: String

    enum CodingKeys: String, CodingKey {
        case id, agent, flow, service, channel, status, disposition
        case startedAt = "started_at"
        case endedAt = "ended_at"
        case customerZone = "customer_zone"
    }

    /// Column names, for queries.
    enum Columns {
        static let agent = Column("agent")
        static let flow = Column("flow")
        static let service = Column("service")
        static let startedAt = Column("started_at")
        static let status = Column("status")
        static let disposition = Column("disposition")
        static let id = Column("id")
    }

    /// Decoded by column name, not through `Decodable`: listing 100,000 contacts spent half its time there.
    init(row: Row) {
        id = row["id"]
        agent = row["agent"]
        flow = row["flow"]
        service = row["service"]
        channel = row["channel"]
        startedAt = row["started_at"]
        endedAt = row["ended_at"]
        status = row["status"]
        disposition = row["disposition"]
        customerZone = row["customer_zone"]
    }

    init(_ session: SessionRecord) {
        id = session.id.rawValue
        agent = session.agent.rawValue
        flow = session.flow.rawValue
        service = session.service.rawValue
        channel = session.channel.rawValue
        startedAt = StoredTime.milliseconds(session.startedAt)
        endedAt = session.endedAt.map(StoredTime.milliseconds)
        status = session.status.rawValue
        disposition = session.disposition
        customerZone = session.customerZone.rawValue
    }

    /// The domain value; fails on a service, channel, status or zone this build does not know.
    func record() throws -> SessionRecord {
        SessionRecord(
            id: SessionID(id), agent: PersonCode(agent), flow: FlowID(flow),
            service: try known(Service.self, service, "service"),
            channel: try known(Channel.self, channel, "channel"),
            startedAt: StoredTime.date(startedAt), endedAt: endedAt.map(StoredTime.date),
            status: try known(SessionRecord.Status.self, status, "status"), disposition: disposition,
            customerZone: try known(TimeZoneCode.self, customerZone, "customer zone"))
    }

    private func known<T: RawRepresentable<String>>(_ type: T.Type, _ raw: String, _ what: String) throws -> T {
        guard let value = T(rawValue: raw) else {
            throw StoreError.corruptRecord(table: Self.databaseTableName, id: id, detail: "unknown \(what) \"\(raw)\"")
        }
        return value
    }
}
