import Foundation

/// The header of one handled contact; its facts are the session's events.
public struct SessionRecord: Hashable, Codable, Sendable {
    /// Whether the contact is still being worked.
    public enum Status: String, Codable, Sendable, CaseIterable {
        case open
        case closed
        /// Closed on a later login after the process ended mid-contact.
        case interrupted
    }

    public var id: SessionID
    public var agent: PersonCode
    public var flow: FlowID
    public var service: Service
    public var channel: Channel
    public var startedAt: Date
    public var endedAt: Date?
    public var status: Status
    public var disposition: String?
    /// The customer's time zone, for the greeting time of day.
    public var customerZone: TimeZoneCode

    public init(
        id: SessionID, agent: PersonCode, flow: FlowID, service: Service, channel: Channel, startedAt: Date,
        endedAt: Date? = nil, status: Status = .open, disposition: String? = nil, customerZone: TimeZoneCode = .wib
    ) {
        self.id = id
        self.agent = agent
        self.flow = flow
        self.service = service
        self.channel = channel
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.status = status
        self.disposition = disposition
        self.customerZone = customerZone
    }

    enum CodingKeys: String, CodingKey {
        case id, agent, flow, service, channel, status, disposition
        case startedAt = "started_at"
        case endedAt = "ended_at"
        case customerZone = "customer_zone"
    }

    /// Handling time so far, or in all when closed.
    public func duration(now: Date) -> TimeInterval { (endedAt ?? now).timeIntervalSince(startedAt) }
}
