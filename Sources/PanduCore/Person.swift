/// A person who works in or runs the contact center.
public struct Person: Hashable, Codable, Sendable {
    public var code: PersonCode
    public var name: String
    /// The name the agent uses with customers ("nama panggilan"), e.g. in the greeting.
    public var onlineName: String
    public var role: Role
    public var team: String?
    public var site: String?
    public var skills: [Skill]
    /// The PIN's slow salted hash; never the PIN itself.
    public var pinHash: String
    public var disabled: Bool

    public init(
        code: PersonCode, name: String, onlineName: String? = nil, role: Role, team: String? = nil,
        site: String? = nil, skills: [Skill] = [], pinHash: String = "", disabled: Bool = false
    ) {
        self.code = code
        self.name = name
        self.onlineName = onlineName ?? String(name.split(separator: " ").first ?? Substring(name))
        self.role = role
        self.team = team
        self.site = site
        self.skills = skills
        self.pinHash = pinHash
        self.disabled = disabled
    }
}
