import Foundation
import GRDB
import PanduCore

/// A row of `acd_agent_map`: an ACD agent identifier and the person it is.
struct AgentMapRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "acd_agent_map"

    var agent: String
    var person: String
    var mappedAt: Int64
    var mappedBy: String?

    enum CodingKeys: String, CodingKey {
        case agent, person
        case mappedAt = "mapped_at"
        case mappedBy = "mapped_by"
    }

    init(_ m: AgentMapping, at: Date) {
        agent = m.agent
        person = m.person.rawValue
        mappedAt = StoredTime.milliseconds(m.mappedAt ?? at)
        mappedBy = m.mappedBy?.rawValue
    }

    var mapping: AgentMapping {
        AgentMapping(
            agent: agent, person: PersonCode(person), mappedBy: mappedBy.map { PersonCode($0) },
            mappedAt: StoredTime.date(mappedAt))
    }
}
