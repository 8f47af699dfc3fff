/// The rule that judges one parameter, by kind (see knowledge/standards/README.md).
public enum ParameterCheck: Hashable, Sendable {
    /// Required, forbidden-in-context and ordered phrases over a window of agent turns.
    case phrases(PhraseCheck)
    /// Words and phrases that must not appear (exact, whole tokens), plus the written-language rules.
    case forbidden(ForbiddenCheck)
    /// Every hold lasts at most this many seconds.
    case holdDuration(maxSeconds: Int)
    /// The first response came within the limit (social media).
    case responseTime(ResponseTimeCheck)
    /// What the agent stated, compared with `context.reference`.
    case facts(FactComparison)
    /// Data told only after a verification the customer answered.
    case disclosureOrder(DisclosureCheck)
    /// Needs a listener: always `na` for the text checker.
    case manual
}

/// The agent turns a phrase rule looks at.
public enum CheckWindow: String, Hashable, Sendable, CaseIterable {
    /// The first agent turn.
    case firstAgent = "first_agent"
    /// Every agent turn.
    case agent
    /// Every agent turn but the opening one (when the opening is in the transcript).
    case agentAfterOpening = "agent_after_opening"
    /// Agent turns after the first customer turn.
    case afterCustomer = "after_customer"
    /// The closing turns: all of a `closing` snippet, the last agent turns of a full call.
    case closing
    /// For each hold, the agent turn right before it; every hold must pass.
    case beforeEachHold = "before_each_hold"
    /// For each hold, the agent turn right after it; every hold must pass.
    case afterEachHold = "after_each_hold"
}

/// Patterns that count together: any of `patterns` matches, unless one of `unless` is in the same turn;
/// `channels` restricts where the group counts (`public`, `private`, `voice`, `written` or a channel name).
public struct PatternGroup: Hashable, Sendable {
    /// Pattern texts or `word_lists.NAME` references.
    public var patterns: [String]
    public var unless: [String]
    public var channels: [String]

    /// A group of pattern texts or word-list references.
    public init(_ patterns: [String], unless: [String] = [], channels: [String] = []) {
        self.patterns = patterns
        self.unless = unless
        self.channels = channels
    }
}

/// A phrase rule: what must be said, what fails it, in which turns and in which order.
public struct PhraseCheck: Hashable, Sendable {
    public var window: CheckWindow
    /// One of these must be found (`required_any`).
    public var requiredAny: [PatternGroup]
    /// Each group must be found, possibly in different turns of the window (`required_all`).
    public var requiredAll: [PatternGroup]
    /// How many matches of `requiredAny` are needed.
    public var minCount: Int
    /// Any exact match fails the rule, whatever else was said.
    public var failIfAny: [PatternGroup]
    /// Shown as evidence when present without an accepted phrase.
    public var notAccepted: [String]
    /// The required phrases must come before the first of these.
    public var before: [String]
    /// Verdict when the required phrases are missing (`fail`, or `na` for SM-05).
    public var whenMissing: Verdict
    /// When the agent ends the call, their last turn must contain one of these.
    public var agentHangupNeeds: [String]
    /// Explanations of a miss: the first that matches becomes the evidence.
    public var diagnose: [Diagnosis]

    /// A phrase rule; everything but the window is optional.
    public init(
        window: CheckWindow = .agent, requiredAny: [PatternGroup] = [], requiredAll: [PatternGroup] = [],
        minCount: Int = 1, failIfAny: [PatternGroup] = [], notAccepted: [String] = [], before: [String] = [],
        whenMissing: Verdict = .fail, agentHangupNeeds: [String] = [], diagnose: [Diagnosis] = []
    ) {
        self.window = window
        self.requiredAny = requiredAny
        self.requiredAll = requiredAll
        self.minCount = minCount
        self.failIfAny = failIfAny
        self.notAccepted = notAccepted
        self.before = before
        self.whenMissing = whenMissing
        self.agentHangupNeeds = agentHangupNeeds
        self.diagnose = diagnose
    }
}

/// A pattern that explains why a phrase rule failed, and the evidence text to show.
public struct Diagnosis: Hashable, Sendable {
    public var pattern: String
    public var evidence: String

    /// A diagnosis: when `pattern` matches, `evidence` explains the miss.
    public init(pattern: String, evidence: String) {
        self.pattern = pattern
        self.evidence = evidence
    }
}

/// Forbidden words and phrases (exact, whole tokens); on written channels also abbreviations,
/// emoticons, emoji, capitals and typos.
public struct ForbiddenCheck: Hashable, Sendable {
    public var window: CheckWindow
    /// `word_lists.NAME` references or patterns, checked on every turn of the window.
    public var lists: [String]
    /// Checked only on the agent's first turn (the voice opener).
    public var firstTurnLists: [String]
    /// Typos in required phrases fail the rule (written channels).
    public var typos: Bool

    /// A forbidden-words rule over `lists`.
    public init(window: CheckWindow = .agent, lists: [String], firstTurnLists: [String] = [], typos: Bool = false) {
        self.window = window
        self.lists = lists
        self.firstTurnLists = firstTurnLists
        self.typos = typos
    }
}

/// The response-time KPI read from the context.
public struct ResponseTimeCheck: Hashable, Sendable {
    public var maxMinutes: Double
    public var firstResponseKey: String
    public var minutesKey: String

    /// A response-time rule read from the context.
    public init(
        maxMinutes: Double, firstResponseKey: String = "first_response", minutesKey: String = "response_minutes"
    ) {
        self.maxMinutes = maxMinutes
        self.firstResponseKey = firstResponseKey
        self.minutesKey = minutesKey
    }
}

/// Which facts are compared with `context.reference`.
public enum FactComparison: String, Hashable, Sendable, CaseIterable {
    /// Telephone numbers given must be the directory entry's (108-F1).
    case directoryNumber = "directory_number"
    /// No number of an entry marked `listed: false` may be given (108-F4).
    case unlistedNumber = "unlisted_number"
    /// Every fact of the conventions' `reference_facts` (147-F1).
    case reference
}

/// Data that may be told only after a verification the customer answered (147-F3, 147T2-F3).
public struct DisclosureCheck: Hashable, Sendable {
    public var disclosure: [String]
    /// Any of these asked by the agent counts as the verification.
    public var requires: [String]
    /// A customer turn must come between the verification and the disclosure.
    public var confirmedByCustomer: Bool
    /// Verified already (e.g. `context.verified_before_snippet`).
    public var satisfiedWhen: [CheckCondition]
    /// Any disclosure is a violation (e.g. `context.right_party = false`).
    public var violatedWhen: [CheckCondition]

    /// A disclosure-order rule.
    public init(
        disclosure: [String], requires: [String], confirmedByCustomer: Bool = true,
        satisfiedWhen: [CheckCondition] = [], violatedWhen: [CheckCondition] = []
    ) {
        self.disclosure = disclosure
        self.requires = requires
        self.confirmedByCustomer = confirmedByCustomer
        self.satisfiedWhen = satisfiedWhen
        self.violatedWhen = violatedWhen
    }
}
