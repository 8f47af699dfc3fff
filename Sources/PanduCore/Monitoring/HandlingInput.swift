/// Hold and ACW to add to queue_log talk time, per call (by Asterisk uniqueid) and/or per interval.
public struct HandlingInput: Hashable, Sendable {
    /// Per handled call, keyed by the caller's uniqueid; counted in the interval the call entered.
    public var perCall: [String: HandlingSeconds]
    /// Per interval, keyed by the interval's start (epoch seconds); counted in the row containing that start.
    public var perInterval: [Int64: HandlingSeconds]

    /// Creates the value from its parts.
    public init(perCall: [String: HandlingSeconds] = [:], perInterval: [Int64: HandlingSeconds] = [:]) {
        self.perCall = perCall
        self.perInterval = perInterval
    }
}
