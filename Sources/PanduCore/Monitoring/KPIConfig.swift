/// The parameters of the KPI formulas for one queue or service (per line: 147, 108…); targets come from
/// `knowledge/`. Defaults follow the spec's recommendation for 147 (§3.1): regulator SL, 30 s, 5 s, 90 %.
public struct KPIConfig: Hashable, Sendable {
    /// Where SCR's numerator stops (spec §3.6): at the trunk (accepted attempts) or at the queue (offered).
    public enum SCRNumerator: String, Hashable, Sendable {
        case acceptedAtTrunk = "accepted_at_trunk"
        case enteredQueue = "entered_queue"
    }

    /// Answer thresholds T for `sl_<T>`, `sl_offered_<T>` and the `answered_within` counts.
    public var thresholds: [Int]
    /// Short-abandon threshold s for `sl_<T>` and `abandon_rate_excl_short`: ABANDON with wait ≤ s.
    public var shortAbandonSeconds: Int
    /// The regulator's answer threshold (Permenkominfo 15/2013, 16/2013: 30 s).
    public var regulatorAnswerSeconds: Int
    /// The regulator's "terputus dalam 5 detik".
    public var regulatorShortAbandonSeconds: Int
    /// queues.conf `servicelevel` for Asterisk's `sl_answered` and `sl2`.
    public var asteriskServiceLevelSeconds: Int
    /// Count episodes whose ENTERQUEUE is missing (a log that starts mid-call); off by default, since the
    /// spec opens an episode with ENTERQUEUE. Skipped ones are still counted in `orphansSkipped`.
    public var includeOrphans: Bool
    /// For a service of several queues: count a call that overflowed between them once (its first entry,
    /// its last outcome, its total wait) instead of once per queue episode.
    public var mergeOverflow: Bool
    /// queue_log `calltime` already includes hold (spec §1.3), so AHT adds only ACW unless this is false.
    public var holdIncludedInTalk: Bool
    /// SL target for the SCR warning (regulator SL ≥ this = "SL looks fine"); nil disables the warning.
    public var slTarget: Double?
    /// SCR below this raises the warning while SL looks fine.
    public var scrTarget: Double?
    /// An SCR fall of at least this much from the previous row raises the warning while SL looks fine.
    public var scrDropAlert: Double
    public var scrNumerator: SCRNumerator

    /// Creates the value from its parts.
    public init(
        thresholds: [Int] = [20, 30], shortAbandonSeconds: Int = 5, regulatorAnswerSeconds: Int = 30,
        regulatorShortAbandonSeconds: Int = 5, asteriskServiceLevelSeconds: Int = 20, includeOrphans: Bool = false,
        mergeOverflow: Bool = false, holdIncludedInTalk: Bool = true, slTarget: Double? = 0.9,
        scrTarget: Double? = nil, scrDropAlert: Double = 0.05, scrNumerator: SCRNumerator = .acceptedAtTrunk
    ) {
        self.thresholds = thresholds
        self.shortAbandonSeconds = shortAbandonSeconds
        self.regulatorAnswerSeconds = regulatorAnswerSeconds
        self.regulatorShortAbandonSeconds = regulatorShortAbandonSeconds
        self.asteriskServiceLevelSeconds = asteriskServiceLevelSeconds
        self.includeOrphans = includeOrphans
        self.mergeOverflow = mergeOverflow
        self.holdIncludedInTalk = holdIncludedInTalk
        self.slTarget = slTarget
        self.scrTarget = scrTarget
        self.scrDropAlert = scrDropAlert
        self.scrNumerator = scrNumerator
    }

    /// Every threshold any formula needs, sorted and unique: the counts are kept for each.
    public var countedThresholds: [Int] {
        Array(
            Set(
                thresholds + [
                    regulatorAnswerSeconds, asteriskServiceLevelSeconds, shortAbandonSeconds,
                    regulatorShortAbandonSeconds,
                ])
        ).sorted()
    }
}
