/// Every loaded standard with the conventions and word lists they share: what the checker is built from.
public struct StandardSet: Hashable, Sendable {
    /// The `version:` of the conventions file, kept with every evaluation.
    public var version: String
    public var conventions: CheckingConventions
    public var wordLists: [String: WordList]
    public var standards: [Standard]

    /// A set of standards with their shared conventions and word lists.
    public init(version: String, conventions: CheckingConventions, wordLists: [String: WordList], standards: [Standard])
    {
        self.version = version
        self.conventions = conventions
        self.wordLists = wordLists
        self.standards = standards
    }

    /// The standard with `id`, if loaded.
    public func standard(_ id: StandardID) -> Standard? { standards.first { $0.id == id } }

    /// The parameter ids of each standard, for cross-checking the flows' `checks`.
    public var parameterIDs: [StandardID: Set<ParameterID>] {
        Dictionary(uniqueKeysWithValues: standards.map { ($0.id, Set($0.parameters.map(\.id))) })
    }

    /// The parameter ids of one standard in the standard's order (empty if unknown).
    public func parameterIDs(of id: StandardID) -> [ParameterID] { standard(id)?.parameters.map(\.id) ?? [] }

    /// The standard a transcript is scored against, from its service, tier and channel.
    public func standard(service: String, tier: String?, channel: Channel) -> Standard? {
        standards.first { $0.appliesTo.contains { $0.matches(service: service, tier: tier, channel: channel) } }
    }
}

/// Which contacts a standard applies to: a service, optionally narrowed to tiers and channels.
public struct StandardSelector: Hashable, Sendable {
    public var service: String
    /// Accepted tiers; `nil` inside the list stands for "no tier". An empty list accepts any tier.
    public var tiers: [String?]
    /// Accepted channels (raw values); empty accepts any channel.
    public var channels: [String]

    /// A selector of one service, narrowed to tiers and channels when given.
    public init(service: String, tiers: [String?] = [], channels: [String] = []) {
        self.service = service
        self.tiers = tiers
        self.channels = channels
    }

    /// Whether a contact of this service, tier and channel falls under the standard.
    public func matches(service: String, tier: String?, channel: Channel) -> Bool {
        guard service == self.service else { return false }
        if !tiers.isEmpty && !tiers.contains(where: { $0 == tier }) { return false }
        if !channels.isEmpty && !channels.contains(channel.rawValue) { return false }
        return true
    }
}
