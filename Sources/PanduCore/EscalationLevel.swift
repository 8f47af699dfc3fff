/// A level a contact can be escalated to, with its SLA (from `knowledge/escalations.yaml`).
public struct EscalationLevel: Hashable, Codable, Sendable {
    public var id: String
    public var label: String
    /// Minutes from raising to resolution before the escalation is overdue.
    public var slaMinutes: Int
    /// The role that owns escalations of this level.
    public var ownerRole: Role
    /// The application or work instruction it goes through (MyCX, NOSSA, W-10).
    public var channel: String?

    public init(id: String, label: String, slaMinutes: Int, ownerRole: Role, channel: String? = nil) {
        self.id = id
        self.label = label
        self.slaMinutes = slaMinutes
        self.ownerRole = ownerRole
        self.channel = channel
    }
}
