/// Tolerances of the punctuality and adherence checks; the contact center's own rules set them.
public struct AdherenceConfig: Hashable, Sendable {
    /// A login later than shift start + grace is late.
    public var lateGraceSeconds: Double
    /// A logout earlier than shift end − grace is an early logout.
    public var earlyLogoutGraceSeconds: Double
    /// Logins this long before the shift still count as its first login (and worked time for conformance).
    public var windowBeforeSeconds: Double
    /// Work this long after the shift still counts for conformance and for the last logout.
    public var windowAfterSeconds: Double

    /// Creates the value from its parts.
    public init(
        lateGraceSeconds: Double = 0, earlyLogoutGraceSeconds: Double = 0, windowBeforeSeconds: Double = 7200,
        windowAfterSeconds: Double = 7200
    ) {
        self.lateGraceSeconds = lateGraceSeconds
        self.earlyLogoutGraceSeconds = earlyLogoutGraceSeconds
        self.windowBeforeSeconds = windowBeforeSeconds
        self.windowAfterSeconds = windowAfterSeconds
    }
}
