/// A condition on a transcript; all of its parts must hold (conditions in a list are alternatives).
public struct CheckCondition: Hashable, Sendable {
    /// Transcript scopes (`opening`, `full_call`, …); empty accepts any. Ignored in the live shell.
    public var scopes: [String]
    /// What the transcript must contain. Ignored in the live shell, except what people said.
    public var has: [ContentTest]
    /// Context values that must be equal (`null` = missing or null).
    public var context: [String: JSONValue]
    /// Context values that must not be equal.
    public var contextNot: [String: JSONValue]
    /// `voice`, `written`, `public`, `private` or channel names; empty accepts any.
    public var channels: [String]
    /// Whether the customer's name must be known (`true`) or unknown (`false`).
    public var customerNameKnown: Bool?

    /// A condition; parts left empty accept anything.
    public init(
        scopes: [String] = [], has: [ContentTest] = [], context: [String: JSONValue] = [:],
        contextNot: [String: JSONValue] = [:], channels: [String] = [], customerNameKnown: Bool? = nil
    ) {
        self.scopes = scopes
        self.has = has
        self.context = context
        self.contextNot = contextNot
        self.channels = channels
        self.customerNameKnown = customerNameKnown
    }
}

/// Something a transcript contains.
public enum ContentTest: Hashable, Sendable {
    /// At least one agent turn.
    case agentTurn
    /// At least one customer turn.
    case customerTurn
    /// A customer turn followed by an agent turn.
    case customerThenAgent
    /// A hold event.
    case hold
    /// A hold event with its duration.
    case holdDuration
    /// An agent turn after a hold event.
    case agentAfterHold
    /// The agent read out a telephone number.
    case agentPhone
    /// An agent turn matches one of the patterns.
    case agentSays([String])
    /// A customer turn matches one of the patterns.
    case customerSays([String])
    /// A customer turn matches before the agent first meets the parameter's required phrases.
    case customerSaysFirst([String])

    /// The names used in the standards files.
    public static let simpleNames: [String: ContentTest] = [
        "agent_turn": .agentTurn, "customer_turn": .customerTurn, "customer_then_agent": .customerThenAgent,
        "hold": .hold, "hold_duration": .holdDuration, "agent_after_hold": .agentAfterHold,
        "agent_phone": .agentPhone,
    ]
}
