/// Where in time order the line that opened an episode sits: its instant and phase (enter < ring < connect <
/// end within one instant, see `EpisodeBuilder`). Two builds over disjoint calls merge by (entry time, origin).
public struct EpisodeOrigin: Comparable, Hashable, Sendable {
    public var epoch: Int64
    public var microseconds: Int32
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
