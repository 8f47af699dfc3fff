/// Where in time order the line that opened an episode sits: its instant and phase (enter < ring < connect <
/// end within one instant, see `EpisodeBuilder`). Two builds over disjoint calls merge by (entry time, origin).
public struct EpisodeOrigin: Comparable, Hashable, Sendable {
    /// The opening line's time, seconds since 1970 (UTC).
    public var epoch: Int64
    /// Its sub-second part (`QueueLogRecord.microseconds`).
    public var microseconds: Int32
    /// Its place within the instant (`QueueEventKind.phase`: DID, enter, ring, connect, end).
    public var phase: UInt8

    /// Creates the value from its parts.
    public init(epoch: Int64, microseconds: Int32, phase: UInt8) {
        self.epoch = epoch
        self.microseconds = microseconds
        self.phase = phase
    }

    /// By instant, then phase.
    public static func < (a: Self, b: Self) -> Bool {
        (a.epoch, a.microseconds, a.phase) < (b.epoch, b.microseconds, b.phase)
    }
}
