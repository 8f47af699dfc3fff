/// A guided handling flow of `knowledge/flows/`: the greeting-to-closing steps of one service (P-01 §8).
public struct Flow: Hashable, Codable, Sendable {
    public var id: FlowID
    public var name: String
    public var service: Service
    /// `T1`, `T2` or nil.
    public var tier: String?
    public var channel: Channel
    /// The standard its utterances are checked against, e.g. `DRAFT-147-T1`.
    public var standard: StandardID?
    /// The SOP the flow implements, e.g. `IN.OCC.TELK.P-01 §8.2`.
    public var sop: String
    public var start: StepID
    public var steps: [FlowStep]
    /// Dispositions a contact of this flow may close with (ids of `knowledge/dispositions.yaml`).
    public var dispositions: [String]

    public init(
        id: FlowID, name: String, service: Service, tier: String? = nil, channel: Channel,
        standard: StandardID? = nil, sop: String, start: StepID, steps: [FlowStep], dispositions: [String] = []
    ) {
        self.id = id
        self.name = name
        self.service = service
        self.tier = tier
        self.channel = channel
        self.standard = standard
        self.sop = sop
        self.start = start
        self.steps = steps
        self.dispositions = dispositions
    }

    /// The step with this id.
    public func step(_ id: StepID) -> FlowStep? { steps.first { $0.id == id } }
}

/// One step of a flow: what to say, what to capture, where it can go next.
public struct FlowStep: Hashable, Codable, Sendable {
    public var id: StepID
    public var title: String
    /// The SOP record code the step's facts trace to, e.g. `IN.OCC.TELK.P-01_R8`.
    public var sopCode: String
    /// The standard script with placeholders (`{agent_name}`, `{customer_name}`, `{honorific}`,
    /// `{greeting_time}`, or any captured field name).
    public var script: String?
    /// What the agent should do here, beyond the script.
    public var guidance: String?
    /// The transcript scope the step's utterances belong to (`opening`, `request`, `hold`, …).
    public var scope: String?
    /// Standard parameters checked on the utterances typed at this step.
    public var checks: [ParameterID]
    public var captures: [Capture]
    /// The default next step; nil on a closing step or when a choice is required.
    public var next: StepID?
    public var choices: [Choice]
    /// A closing step: the contact may be closed here.
    public var closing: Bool

    public init(
        id: StepID, title: String, sopCode: String, script: String? = nil, guidance: String? = nil,
        scope: String? = nil, checks: [ParameterID] = [], captures: [Capture] = [], next: StepID? = nil,
        choices: [Choice] = [], closing: Bool = false
    ) {
        self.id = id
        self.title = title
        self.sopCode = sopCode
        self.script = script
        self.guidance = guidance
        self.scope = scope
        self.checks = checks
        self.captures = captures
        self.next = next
        self.choices = choices
        self.closing = closing
    }

    /// Every step this one can lead to.
    public var successors: [StepID] { (next.map { [$0] } ?? []) + choices.map(\.next) }
}

/// A field the agent records at a step.
public struct Capture: Hashable, Codable, Sendable {
    public var field: String
    public var label: String
    public var kind: FieldKind
    public var required: Bool
    /// Allowed values when `kind` is `.choice`.
    public var options: [String]

    public init(field: String, label: String, kind: FieldKind = .text, required: Bool = false, options: [String] = []) {
        self.field = field
        self.label = label
        self.kind = kind
        self.required = required
        self.options = options
    }
}

/// A branch the agent picks to leave a step.
public struct Choice: Hashable, Codable, Sendable {
    public var id: String
    public var label: String
    public var next: StepID

    public init(id: String, label: String, next: StepID) {
        self.id = id
        self.label = label
        self.next = next
    }
}
