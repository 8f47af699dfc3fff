import Foundation
import PanduCore

/// What desk control sees at one instant (issue 5 item 6): each service's queue figures of the current
/// interval, every agent's state, the open recovery plans and the social waiting list. A pure value built by
/// `SnapshotReader` from the stores, the knowledge and the clock, so `pandu monitor`, `pandu serve` and the
/// tests render the same figures.
public struct MonitorSnapshot: Hashable, Sendable {
    public var at: Date
    /// The site's zone, for showing times.
    public var zone: TimeZoneCode
    /// The current KPI interval (e.g. 08:00-08:15), as `[start, end)`.
    public var interval: TimeSpan
    public var queues: [QueueFigures]
    public var agents: [AgentFigures]
    /// Recovery plans not verified yet (open or acting), newest first.
    public var plans: [RecoveryPlan]
    public var social: SocialFigures?

    /// Creates the value from its parts.
    public init(
        at: Date, zone: TimeZoneCode, interval: TimeSpan, queues: [QueueFigures] = [],
        agents: [AgentFigures] = [], plans: [RecoveryPlan] = [], social: SocialFigures? = nil
    ) {
        self.at = at
        self.zone = zone
        self.interval = interval
        self.queues = queues
        self.agents = agents
        self.plans = plans
        self.social = social
    }

    /// How many agents are in each state, in `LiveState.order`.
    public var agentsByState: [(state: String, count: Int)] {
        LiveState.order.map { name in (name, agents.filter { $0.state.name == name }.count) }
    }
}

/// How a figure compares with its target: met, close to missing, missed, or no target / no value.
public enum TargetStatus: String, Hashable, Sendable, Codable {
    case met, near, missed, none

    /// The status of `value` against `target`; "near" is met but within 5 % (a minimum) or 10 % (a maximum)
    /// of the bound, the moment desk control should start acting.
    public static func of(_ value: Double?, _ target: MeasureTarget?) -> TargetStatus {
        guard let value, let target else { return .none }
        guard target.isMet(by: value) else { return .missed }
        if let min = target.min, value < min * 1.05 { return .near }
        if let max = target.max, value > max * 0.9 { return .near }
        return .met
    }
}

/// One service's queues in the current interval: the counts, the named measures and the live status.
public struct QueueFigures: Hashable, Sendable {
    public var service: String
    public var label: String
    public var queues: [String]
    /// The interval's KPIs (counts and measures) by the service's formula parameters.
    public var row: KPIRow
    /// Callers waiting now and the longest wait.
    public var live: QueueLiveStatus
    public var targets: [MeasureTarget]

    /// Creates the value from its parts.
    public init(
        service: String, label: String, queues: [String], row: KPIRow, live: QueueLiveStatus,
        targets: [MeasureTarget]
    ) {
        self.service = service
        self.label = label
        self.queues = queues
        self.row = row
        self.live = live
        self.targets = targets
    }

    /// A measure's value (nil when its denominator is zero).
    public func value(_ measure: String) -> Double? { row.value(measure) }

    /// A measure's target, if the service has one.
    public func target(_ measure: String) -> MeasureTarget? {
        targets.first { $0.measure == measure }
    }

    /// A measure's value against its target.
    public func status(_ measure: String) -> TargetStatus { .of(value(measure), target(measure)) }
}

/// What an agent is doing now, from Pandu's shell events.
public enum LiveState: Hashable, Sendable {
    case loggedOut
    /// Logged in, not yet ready.
    case notReady
    case ready
    case onContact
    case acw
    case aux(String)

    /// Stable names, in the order they are shown and exported.
    public static let order = ["ready", "on_contact", "acw", "aux", "not_ready", "logged_out"]

    /// The stable name (`aux` for every AUX reason).
    public var name: String {
        switch self {
        case .loggedOut: "logged_out"
        case .notReady: "not_ready"
        case .ready: "ready"
        case .onContact: "on_contact"
        case .acw: "acw"
        case .aux: "aux"
        }
    }

    /// The name with the AUX reason, e.g. `aux:break`.
    public var label: String {
        if case .aux(let reason) = self { return "aux:\(reason)" }
        return name
    }
}

/// One agent now: state and time in it, and the roster checks (late, over the AUX allowance).
public struct AgentFigures: Hashable, Sendable {
    public var code: String
    public var name: String
    public var team: String?
    public var state: LiveState
    /// When the current state began; nil when never seen.
    public var since: Date?
    /// The agent's shift today, if rostered.
    public var shift: RosterShift?
    public var late: Bool
    public var absent: Bool
    public var overAuxAllowance: Bool
    /// AUX outside planned breaks so far in the shift, and the allowance, in seconds.
    public var auxSeconds: Double
    public var auxAllowanceSeconds: Double?

    /// Creates the value from its parts.
    public init(
        code: String, name: String, team: String? = nil, state: LiveState, since: Date? = nil,
        shift: RosterShift? = nil, late: Bool = false, absent: Bool = false,
        overAuxAllowance: Bool = false,
        auxSeconds: Double = 0, auxAllowanceSeconds: Double? = nil
    ) {
        self.code = code
        self.name = name
        self.team = team
        self.state = state
        self.since = since
        self.shift = shift
        self.late = late
        self.absent = absent
        self.overAuxAllowance = overAuxAllowance
        self.auxSeconds = auxSeconds
        self.auxAllowanceSeconds = auxAllowanceSeconds
    }

    /// Seconds in the current state at `now`.
    public func secondsInState(at now: Date) -> Int? {
        since.map { max(0, Int(now.timeIntervalSince($0))) }
    }
}

/// The TelkomCare waiting list and today's response figures.
public struct SocialFigures: Hashable, Sendable {
    public var kpi: SocialKPI
    public var targets: [MeasureTarget]

    /// Creates the value from its parts.
    public init(kpi: SocialKPI, targets: [MeasureTarget]) {
        self.kpi = kpi
        self.targets = targets
    }

    /// A social measure's target.
    public func target(_ measure: String) -> MeasureTarget? {
        targets.first { $0.measure == measure }
    }
}
