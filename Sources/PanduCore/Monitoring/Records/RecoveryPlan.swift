import Foundation

/// A recovery plan (P-10 §6.5): a KPI missed its target in an interval; what was observed, what the target
/// was, how many agents Erlang C says the next interval needs, what is done about it and whether it worked.
public struct RecoveryPlan: Hashable, Sendable {
    /// Where the plan is in its life; every change is also an entry of its history.
    public enum Status: String, Hashable, Sendable, CaseIterable {
        /// Opened by a scan, nothing done yet.
        case open
        /// At least one action recorded.
        case acting
        /// Verified: the KPI recovered (or the verifier closed it with a finding).
        case verified
        /// Verified as not recovered: needs a new plan or escalation.
        case failed
    }

    /// Assigned by the store.
    public var id: Int64?
    /// The queue or service the KPI belongs to.
    public var scope: String
    /// The measure that missed, e.g. `sl_regulator`, `abandon_rate`, `frt_median`.
    public var measure: String
    public var intervalStart: Date
    public var intervalEnd: Date
    public var observed: Double
    public var target: Double
    /// `min` (observed must be at least the target) or `max` (at most).
    public var direction: String
    /// Calls offered in the interval and their AHT, the Erlang C inputs.
    public var offered: Int?
    public var ahtSeconds: Double?
    /// Agents Erlang C says the next interval needs to reach the SL target; nil when it cannot be computed.
    public var agentsNeeded: Int?
    /// Agents logged in during the interval (from state events), to say how many more are needed.
    public var agentsStaffed: Int?
    /// The suggested actions, as text.
    public var suggestion: String
    public var owner: PersonCode?
    public var status: Status
    public var openedAt: Date
    public var openedBy: PersonCode

    /// Creates the value from its parts.
    public init(
        id: Int64? = nil, scope: String, measure: String, intervalStart: Date, intervalEnd: Date,
        observed: Double,
        target: Double, direction: String, offered: Int? = nil, ahtSeconds: Double? = nil,
        agentsNeeded: Int? = nil,
        agentsStaffed: Int? = nil, suggestion: String = "", owner: PersonCode? = nil,
        status: Status = .open,
        openedAt: Date, openedBy: PersonCode
    ) {
        self.id = id
        self.scope = scope
        self.measure = measure
        self.intervalStart = intervalStart
        self.intervalEnd = intervalEnd
        self.observed = observed
        self.target = target
        self.direction = direction
        self.offered = offered
        self.ahtSeconds = ahtSeconds
        self.agentsNeeded = agentsNeeded
        self.agentsStaffed = agentsStaffed
        self.suggestion = suggestion
        self.owner = owner
        self.status = status
        self.openedAt = openedAt
        self.openedBy = openedBy
    }
}

/// One entry of a recovery plan's append-only history: opened, an action, who was told, a verification.
public struct RecoveryEntry: Hashable, Sendable {
    /// What the entry records.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case opened
        case action
        case distributed
        case owner
        case verified
        case failed
    }

    public var id: Int64?
    public var planID: Int64
    public var at: Date
    public var actor: PersonCode
    public var kind: Kind
    public var note: String
    /// Who was told (person codes or roles) for `distributed`; observed values for verifications.
    public var data: [String: JSONValue]

    /// Creates the value from its parts.
    public init(
        id: Int64? = nil, planID: Int64, at: Date, actor: PersonCode, kind: Kind, note: String,
        data: [String: JSONValue] = [:]
    ) {
        self.id = id
        self.planID = planID
        self.at = at
        self.actor = actor
        self.kind = kind
        self.note = note
        self.data = data
    }
}
