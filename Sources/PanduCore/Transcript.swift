import Foundation

/// One contact as text: what QC scores, and what a recorded session exports to (DESIGN.md "Phrase checking").
public struct Transcript: Hashable, Codable, Sendable {
    public var id: String?
    /// `108`, `147` or `socmed`.
    public var service: String
    /// `T1`, `T2` or nil.
    public var tier: String?
    public var channel: Channel
    /// `opening`, `request`, `hold`, `resolution`, `closing`, `snippet`, `full_call` or `reply`.
    public var scope: String
    /// The customer's local time `HH:MM`.
    public var localTime: String?
    public var timezone: TimeZoneCode?
    public var agentName: String
    public var customerName: String?
    /// Facts the checker may use: `complaint`, `ticket_created`, `reference`, …
    public var context: TranscriptContext
    public var turns: [Turn]

    public init(
        id: String? = nil, service: String, tier: String? = nil, channel: Channel, scope: String,
        localTime: String? = nil, timezone: TimeZoneCode? = nil, agentName: String, customerName: String? = nil,
        context: [String: JSONValue] = [:], turns: [Turn] = []
    ) {
        self.id = id
        self.service = service
        self.tier = tier
        self.channel = channel
        self.scope = scope
        self.localTime = localTime
        self.timezone = timezone
        self.agentName = agentName
        self.customerName = customerName
        self.context = TranscriptContext(context)
        self.turns = turns
    }

    enum CodingKeys: String, CodingKey {
        case id, service, tier, channel, scope, timezone, context, turns
        case localTime = "local_time"
        case agentName = "agent_name"
        case customerName = "customer_name"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeIfPresent(String.self, forKey: .id)
        service = try c.decode(String.self, forKey: .service)
        tier = try c.decodeIfPresent(String.self, forKey: .tier)
        channel = try c.decode(Channel.self, forKey: .channel)
        scope = try c.decode(String.self, forKey: .scope)
        localTime = try c.decodeIfPresent(String.self, forKey: .localTime)
        timezone = try c.decodeIfPresent(TimeZoneCode.self, forKey: .timezone)
        agentName = try c.decode(String.self, forKey: .agentName)
        customerName = try c.decodeIfPresent(String.self, forKey: .customerName)
        context = try c.decodeIfPresent(TranscriptContext.self, forKey: .context) ?? TranscriptContext()
        turns = try c.decodeIfPresent([Turn].self, forKey: .turns) ?? []
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(service, forKey: .service)
        try c.encode(tier, forKey: .tier)
        try c.encode(channel, forKey: .channel)
        try c.encode(scope, forKey: .scope)
        try c.encode(localTime, forKey: .localTime)
        try c.encode(timezone, forKey: .timezone)
        try c.encode(agentName, forKey: .agentName)
        try c.encode(customerName, forKey: .customerName)
        try c.encode(context, forKey: .context)
        try c.encode(turns, forKey: .turns)
    }
}

/// One turn of a transcript: something said or written, or an event such as a hold.
public enum Turn: Hashable, Codable, Sendable {
    case agent(String)
    case customer(String)
    /// The customer was put on hold for this many seconds.
    case hold(seconds: Int)
    /// The call ended; `byAgent` tells who hung up.
    case callEnd(byAgent: Bool)
    /// Any other event, kept so a transcript round-trips.
    case event(name: String, data: [String: JSONValue])

    enum CodingKeys: String, CodingKey { case speaker, text, event, seconds, by }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let speaker = try c.decode(String.self, forKey: .speaker)
        switch speaker {
        case "agent": self = .agent(try c.decode(String.self, forKey: .text))
        case "customer": self = .customer(try c.decode(String.self, forKey: .text))
        case "event":
            let name = try c.decode(String.self, forKey: .event)
            switch name {
            case "hold": self = .hold(seconds: try c.decodeIfPresent(Int.self, forKey: .seconds) ?? 0)
            case "call_end": self = .callEnd(byAgent: (try c.decodeIfPresent(String.self, forKey: .by)) == "agent")
            default:
                let all = try decoder.singleValueContainer().decode([String: JSONValue].self)
                self = .event(name: name, data: all.filter { $0.key != "speaker" && $0.key != "event" })
            }
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .speaker, in: c, debugDescription: "speaker must be agent, customer or event, not \(speaker)")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .agent(let text):
            try c.encode("agent", forKey: .speaker)
            try c.encode(text, forKey: .text)
        case .customer(let text):
            try c.encode("customer", forKey: .speaker)
            try c.encode(text, forKey: .text)
        case .hold(let seconds):
            try c.encode("event", forKey: .speaker)
            try c.encode("hold", forKey: .event)
            try c.encode(seconds, forKey: .seconds)
        case .callEnd(let byAgent):
            try c.encode("event", forKey: .speaker)
            try c.encode("call_end", forKey: .event)
            try c.encode(byAgent ? "agent" : "customer", forKey: .by)
        case .event(let name, let data):
            var all = data
            all["speaker"] = "event"
            all["event"] = .string(name)
            var single = encoder.singleValueContainer()
            try single.encode(all)
        }
    }
}
