/// The TL review's rules as data (`knowledge/review.yaml`): AHT targets, the long-hold limit, and the
/// discipline ladder of F-03 (P-10 steps 13 and 16 point to "IK Pembinaan"; its steps are kept here).
public struct ReviewSettings: Hashable, Sendable {
    /// A hold longer than this is flagged (P-01: ask again after two minutes).
    public var holdLimitSeconds: Int
    /// AHT target per flow id, in seconds.
    public var ahtTargets: [FlowID: Int]
    /// The discipline actions from the mildest to the heaviest (teguran lisan … SP3).
    public var disciplineActions: [DisciplineAction]
    /// The rules (tata tertib) a discipline record may name.
    public var disciplineRules: [DisciplineRule]

    /// Settings as read from the knowledge folder.
    public init(
        holdLimitSeconds: Int = 120, ahtTargets: [FlowID: Int] = [:], disciplineActions: [DisciplineAction] = [],
        disciplineRules: [DisciplineRule] = []
    ) {
        self.holdLimitSeconds = holdLimitSeconds
        self.ahtTargets = ahtTargets
        self.disciplineActions = disciplineActions
        self.disciplineRules = disciplineRules
    }

    /// The action with `id`, if the ladder has it.
    public func action(_ id: String) -> DisciplineAction? { disciplineActions.first { $0.id == id } }

    /// The rule with `id`, if listed.
    public func rule(_ id: String) -> DisciplineRule? { disciplineRules.first { $0.id == id } }
}

/// One step of the discipline ladder, e.g. `sp1` "Surat Peringatan 1", valid for some months.
public struct DisciplineAction: Hashable, Sendable {
    public var id: String
    public var label: String
    /// Position on the ladder, 1 = mildest.
    public var level: Int
    /// How long the action stays on record before the next breach starts again from the bottom.
    public var validMonths: Int?

    /// An action of the ladder.
    public init(id: String, label: String, level: Int, validMonths: Int? = nil) {
        self.id = id
        self.label = label
        self.level = level
        self.validMonths = validMonths
    }
}

/// A rule of the floor's tata tertib that a discipline record names.
public struct DisciplineRule: Hashable, Sendable {
    public var id: String
    public var label: String

    /// A rule with its label.
    public init(id: String, label: String) {
        self.id = id
        self.label = label
    }
}
