/// A paused (AUX) stretch of one member: PAUSE … UNPAUSE in one queue, or PAUSEALL … UNPAUSEALL for all
/// queues (spec §1.5). A second PAUSE with another reason closes the first and opens a new interval, since
/// without `log_unpause_on_reason_change` that line is the only trace of the reason change.
public struct PauseInterval: Hashable, Sendable {
    public var member: String
    /// The queue; nil for PAUSEALL.
    public var queue: String?
    /// The reason as logged (free text: `LUNCHBREAK`, `ACW`, `Toilet`…); empty when none was given.
    public var reason: String
    public var start: Int64
    /// Nil while paused.
    public var end: Int64?
    /// What ended it: the UNPAUSE reason (`Auto-Unpause`…), `removed`, `reason change`, or nil.
    public var endReason: String?

    /// Creates the value from its parts.
    public init(
        member: String, queue: String?, reason: String, start: Int64, end: Int64? = nil, endReason: String? = nil
    ) {
        self.member = member
        self.queue = queue
        self.reason = reason
        self.start = start
        self.end = end
        self.endReason = endReason
    }
}
