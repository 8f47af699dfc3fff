/// KPI thresholds and targets per service from `knowledge/targets.yaml` (P-10 §7.1, RTM §7.1): the formula
/// parameters of each service's queues, the target of each measure, and the floor-wide defaults.
public struct KPITargets: Hashable, Sendable {
    public var defaults: MonitoringDefaults
    public var services: [ServiceTargets]

    /// Creates the value from its parts.
    public init(defaults: MonitoringDefaults = MonitoringDefaults(), services: [ServiceTargets] = []) {
        self.defaults = defaults
        self.services = services
    }

    /// The service a queue belongs to; a queue no service lists is its own service with the defaults.
    public func service(forQueue queue: String) -> ServiceTargets {
        services.first { $0.queues.contains(queue) }
            ?? ServiceTargets(
                id: queue, label: queue, queues: [queue], config: defaults.kpiConfig(), targets: [])
    }

    /// The service with this id.
    public func service(id: String) -> ServiceTargets? { services.first { $0.id == id } }

    /// Every threshold any service counts, so one set of stored counts serves them all.
    public var allThresholds: [Int] {
        Array(
            Set(services.flatMap { $0.config.countedThresholds } + defaults.kpiConfig().countedThresholds)
        ).sorted()
    }
}

/// Floor-wide parameters: interval length, short abandons, login grace, AUX allowance.
public struct MonitoringDefaults: Hashable, Sendable {
    public var intervalMinutes = 15
    public var slThresholdSeconds = 20
    public var shortAbandonSeconds = 5
    public var regulatorAnswerSeconds = 30
    public var regulatorShortAbandonSeconds = 5
    public var loginGraceMinutes = 5
    public var earlyLogoutGraceMinutes = 5
    /// AUX minutes per shift outside planned breaks, when the roster row gives none.
    public var auxAllowanceMinutes = 60.0
    /// Erlang C inputs of the recovery-plan estimate: shrinkage (fraction of paid time not on the phone) and
    /// the highest occupancy the floor accepts.
    public var erlangShrinkage = 0.0
    public var maxOccupancy = 0.9
    /// The floor's shifts for `--interval shift` (pagi 07-15, siang 15-23, malam 23-07 WIB by default).
    public var shifts: [IntervalGrid.ShiftWindow] = [
        .init(name: "pagi", startMinute: 7 * 60, minutes: 480),
        .init(name: "siang", startMinute: 15 * 60, minutes: 480),
        .init(name: "malam", startMinute: 23 * 60, minutes: 480),
    ]

    /// The defaults.
    public init() {}

    /// The KPI formula parameters these defaults give.
    public func kpiConfig() -> KPIConfig {
        KPIConfig(
            thresholds: [slThresholdSeconds], shortAbandonSeconds: shortAbandonSeconds,
            regulatorAnswerSeconds: regulatorAnswerSeconds,
            regulatorShortAbandonSeconds: regulatorShortAbandonSeconds,
            asteriskServiceLevelSeconds: slThresholdSeconds)
    }
}

/// One service (access line or channel): its queues, formula parameters and targets.
public struct ServiceTargets: Hashable, Sendable {
    public var id: String
    public var label: String
    /// queue_log queue names that belong to the service.
    public var queues: [String]
    /// True for TelkomCare social media: its KPIs come from Pandu's socmed sessions, not the ACD.
    public var isSocial: Bool
    public var config: KPIConfig
    /// First-response threshold for the social SL (seconds).
    public var socialResponseSeconds: Double
    public var targets: [MeasureTarget]

    /// Creates the value from its parts.
    public init(
        id: String, label: String, queues: [String], isSocial: Bool = false,
        config: KPIConfig = KPIConfig(),
        socialResponseSeconds: Double = 900, targets: [MeasureTarget]
    ) {
        self.id = id
        self.label = label
        self.queues = queues
        self.isSocial = isSocial
        self.config = config
        self.socialResponseSeconds = socialResponseSeconds
        self.targets = targets
    }

    /// The target of a measure, if the service has one.
    public func target(_ measure: String) -> MeasureTarget? {
        targets.first { $0.measure == measure }
    }
}

/// A target for one measure: at least `min` or at most `max` (fractions for ratios, seconds for times).
public struct MeasureTarget: Hashable, Sendable {
    public var measure: String
    public var min: Double?
    public var max: Double?

    /// Creates the value from its parts.
    public init(measure: String, min: Double? = nil, max: Double? = nil) {
        self.measure = measure
        self.min = min
        self.max = max
    }

    /// Whether a value meets the target.
    public func isMet(by value: Double) -> Bool {
        if let min, value < min - 1e-12 { return false }
        if let max, value > max + 1e-12 { return false }
        return true
    }

    /// `min` or `max`, for reports.
    public var direction: String { min != nil ? "min" : "max" }
    /// The bound that applies.
    public var bound: Double { min ?? max ?? 0 }
}
