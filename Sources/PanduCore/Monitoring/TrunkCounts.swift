/// Call attempts at the switch or trunk for one interval (from CDR dispositions or carrier counters); SCR
/// cannot come from queue_log, which never sees rejected calls (spec §3.6).
public struct TrunkCounts: Hashable, Sendable {
    /// Start of the interval the counts belong to (epoch seconds); rows sum the counts starting inside them.
    public var start: Int64
    /// Calls presented to the access number (147, 108).
    public var attempts: Int
    /// Attempts accepted into the contact center (reached IVR/ACD); nil = attempts − blocked.
    public var accepted: Int?
    /// Attempts refused: busy, congestion, all trunks busy, failed.
    public var blocked: Int

    /// Creates the value from its parts.
    public init(start: Int64, attempts: Int, accepted: Int? = nil, blocked: Int = 0) {
        self.start = start
        self.attempts = attempts
        self.accepted = accepted
        self.blocked = blocked
    }

    /// Accepted attempts, derived from the blocked count when not given.
    public var acceptedCount: Int { accepted ?? max(0, attempts - blocked) }

    /// The sum of two intervals' counts (kept at the earlier start).
    public func adding(_ other: TrunkCounts) -> TrunkCounts {
        TrunkCounts(
            start: min(start, other.start), attempts: attempts + other.attempts,
            accepted: acceptedCount + other.acceptedCount, blocked: blocked + other.blocked)
    }
}
