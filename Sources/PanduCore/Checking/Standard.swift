/// One service standard (DRAFT-108, DRAFT-147-T1, …): its parameters in form order, fatal items last.
public struct Standard: Hashable, Sendable {
    public var id: StandardID
    public var name: String
    public var mapsTo: String?
    /// `voice` or `written`: decides the honorifics and whether typos count.
    public var medium: Medium
    public var passingScore: Double
    public var appliesTo: [StandardSelector]
    public var parameters: [StandardParameter]
    /// The `version:` of the standard's file.
    public var version: String

    /// A standard with its parameters in form order.
    public init(
        id: StandardID, name: String, mapsTo: String? = nil, medium: Medium, passingScore: Double = 85,
        appliesTo: [StandardSelector], parameters: [StandardParameter], version: String = ""
    ) {
        self.id = id
        self.name = name
        self.mapsTo = mapsTo
        self.medium = medium
        self.passingScore = passingScore
        self.appliesTo = appliesTo
        self.parameters = parameters
        self.version = version
    }

    /// Spoken or written: the two kinds of channel the conventions distinguish.
    public enum Medium: String, Hashable, Sendable {
        case voice, written
    }

    /// The parameters judged on every agent turn in the live shell (language and fatal items).
    public var everyTurnParameters: [ParameterID] { parameters.filter(\.everyTurn).map(\.id) }
}

/// One parameter of a standard: its place in the form and the rule that judges it.
public struct StandardParameter: Hashable, Sendable {
    public var id: ParameterID
    public var name: String
    public var category: String
    /// Weight in the score; 0 for fatal items, which are not weighted.
    public var weight: Double
    public var fatal: Bool
    /// Judged by a listener (intonation); the text checker always answers `na`.
    public var manual: Bool
    /// Judged on every agent turn in the live shell.
    public var everyTurn: Bool
    /// Assessed only if one of these holds (empty: always).
    public var when: [CheckCondition]
    /// `na` if one of these holds.
    public var naWhen: [CheckCondition]
    public var check: ParameterCheck
    /// What the evidence names when the rule is not met; placeholders are filled in.
    public var expects: String?
    /// Shown to the agent on a fail; placeholders and `{found}` are filled in.
    public var suggestion: String?

    /// A parameter with its rule and texts.
    public init(
        id: ParameterID, name: String, category: String = "", weight: Double = 0, fatal: Bool = false,
        manual: Bool = false, everyTurn: Bool = false, when: [CheckCondition] = [], naWhen: [CheckCondition] = [],
        check: ParameterCheck, expects: String? = nil, suggestion: String? = nil
    ) {
        self.id = id
        self.name = name
        self.category = category
        self.weight = weight
        self.fatal = fatal
        self.manual = manual
        self.everyTurn = everyTurn
        self.when = when
        self.naWhen = naWhen
        self.check = check
        self.expects = expects
        self.suggestion = suggestion
    }
}
