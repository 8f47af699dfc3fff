import Foundation

/// One agent's rostered shift (P-10, RTM §2.2-2.4): when to be logged in, the planned breaks, the AUX allowance.
public struct RosterShift: Hashable, Sendable {
    public var agent: String
    /// The roster day the shift belongs to, e.g. `2026-11-21` (a night shift may end the next day).
    public var day: String
    public var start: Date
    public var end: Date
    /// Scheduled breaks (istirahat): time the roster expects the agent off the queue.
    public var plannedBreaks: [DateInterval]
    /// AUX minutes allowed outside the planned breaks.
    public var auxAllowanceMinutes: Double

    /// Creates the value from its parts.
    public init(
        agent: String, day: String, start: Date, end: Date, plannedBreaks: [DateInterval] = [],
        auxAllowanceMinutes: Double = 0
    ) {
        self.agent = agent
        self.day = day
        self.start = start
        self.end = end
        self.plannedBreaks = plannedBreaks
        self.auxAllowanceMinutes = auxAllowanceMinutes
    }
}
