import Foundation
import GRDB
import PanduCore

/// The ACD agent → person map and the trunk attempt counts.
extension SQLiteStore {
    /// Maps an agent identifier to a person, replacing an earlier mapping.
    public func setAgentMapping(_ mapping: AgentMapping) throws {
        let row = AgentMapRow(mapping, at: clock.now())
        try writing("mapping ACD agent \(mapping.agent)") { try row.save($0) }
    }

    /// Removes a mapping; false when there was none.
    public func removeAgentMapping(agent: String) throws -> Bool {
        try writing("unmapping ACD agent \(agent)") { try AgentMapRow.deleteOne($0, key: agent) }
    }

    /// Every mapping, by agent identifier.
    public func agentMappings() throws -> [AgentMapping] {
        try reading("listing ACD agent mappings") {
            try AgentMapRow.order(Column("agent")).fetchAll($0)
        }.map(\.mapping)
    }

    /// Stores trunk counts, replacing rows of the same line and start.
    public func upsertTrunkCounts(_ rows: [TrunkInterval]) throws -> Int {
        try writing("importing \(rows.count) trunk count row(s)") { db in
            for row in rows { try TrunkRow(row).save(db) }
            return rows.count
        }
    }

    /// Trunk counts starting in `[from, to)`.
    public func trunkCounts(from: Int64, to: Int64, lines: Set<String>?) throws -> [TrunkInterval] {
        var request = TrunkRow.filter(Column("start_s") >= from && Column("start_s") < to)
        if let lines { request = request.filter(lines.sorted().contains(Column("line"))) }
        let ordered = request.order(Column("start_s"), Column("line"))
        return try reading("reading trunk counts") { try ordered.fetchAll($0) }.map(\.interval)
    }
}
