import Foundation
import GRDB
import PanduCore

/// A row of `people`: a `Person` as stored. Skills are a comma list of `Skill` raw values.
struct PersonRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "people"
    /// What `updatePerson` may change; `created_at` stays as first written.
    static let updatableColumns: [String] = [
        "name", "online_name", "role", "team", "site", "skills", "pin_hash", "disabled",
    ]

    var code: String
    var name: String
    var onlineName: String
    var role: String
    var team: String?
    var site: String?
    var skills: String
    var pinHash: String
    var disabled: Bool
    var createdAt: Int64

    enum CodingKeys: String, CodingKey {
        case code, name, role, team, site, skills, disabled
        case onlineName = "online_name"
        case pinHash = "pin_hash"
        case createdAt = "created_at"
    }

    init(_ person: Person, createdAt: Date) {
        code = person.code.rawValue
        name = person.name
        onlineName = person.onlineName
        role = person.role.rawValue
        team = person.team
        site = person.site
        skills = person.skills.map(\.rawValue).joined(separator: ",")
        pinHash = person.pinHash
        disabled = person.disabled
        self.createdAt = StoredTime.milliseconds(createdAt)
    }

    /// The domain value; fails on a role or skill this build does not know.
    func person() throws -> Person {
        guard let role = Role(rawValue: role) else { throw corrupt("unknown role \"\(self.role)\"") }
        let skills = try skills.split(separator: ",").map { raw in
            guard let skill = Skill(rawValue: String(raw)) else { throw corrupt("unknown skill \"\(raw)\"") }
            return skill
        }
        return Person(
            code: PersonCode(code), name: name, onlineName: onlineName, role: role, team: team, site: site,
            skills: skills, pinHash: pinHash, disabled: disabled)
    }

    private func corrupt(_ detail: String) -> StoreError {
        .corruptRecord(table: Self.databaseTableName, id: code, detail: detail)
    }
}
