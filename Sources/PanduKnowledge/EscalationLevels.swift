import Foundation
import PanduCore

/// Loads `knowledge/escalations.yaml`: the escalation levels and their SLAs.
public enum EscalationLevels {
    /// The file, relative to the knowledge folder.
    public static let file = "escalations.yaml"

    /// Every level, in file order; problems name file and line.
    public static func load(from folder: URL) throws -> [EscalationLevel] {
        let doc = try YAMLDocument(url: folder.appendingPathComponent(file), file: file)
        var seen: Set<String> = []
        return try doc.root.array().map { item in
            let map = try item.mapping("an escalation level")
            try map.checkKeys(allowed: ["id", "label", "sla_minutes", "owner_role", "channel"])
            let id = try map.required("id").string("an id")
            guard seen.insert(id).inserted else { throw item.error("duplicate escalation level \"\(id)\"") }
            let minutes = try map.required("sla_minutes").int("minutes")
            guard minutes > 0 else { throw item.error("sla_minutes must be positive, not \(minutes)") }
            let roleText = try map.required("owner_role").string("a role")
            guard let role = Role(rawValue: roleText) else {
                throw item.error("unknown owner_role \"\(roleText)\" (agent, tl, qc, desk, admin)")
            }
            return EscalationLevel(
                id: id, label: try map.required("label").string(), slaMinutes: minutes, ownerRole: role,
                channel: try map.optional("channel")?.string())
        }
    }
}
