import Foundation

/// Punctuality, attendance, AUX and adherence of one agent for one rostered shift (spec §3.5), so far at
/// `now` when the shift is still running. Durations in seconds.
public struct AdherenceResult: Hashable, Sendable {
    /// Attendance against the roster.
    public enum Attendance: String, Hashable, Sendable {
        case present
        /// No login in the shift (once its start plus the grace has passed).
        case absent
        /// The shift has not started (plus grace) and there is no login yet.
        case pending
        /// Logged in without a rostered shift.
        case notOnRoster = "not_on_roster"
    }

    public var shift: RosterShift
    public var attendance: Attendance
    /// Start of the first logged-in stretch touching the shift (from the window before it).
    public var firstLogin: Date?
    /// End of the last logged-in stretch touching the shift; nil while still logged in.
    public var lastLogout: Date?
    /// first login − shift start; negative when early.
    public var loginDelaySeconds: Double?
    /// login delay > grace.
    public var isLate: Bool
    /// shift end − last logout; negative when the agent stayed on; nil until the shift is over.
    public var earlyLogoutSeconds: Double?
    /// early logout > grace.
    public var isEarlyLogout: Bool
    /// Logged-in time inside the shift.
    public var loggedInSeconds: Double
    /// AUX inside the shift by reason (planned breaks included).
    public var auxSecondsByReason: [String: Double]
    /// AUX inside the shift.
    public var auxSeconds: Double
    /// The part of `auxSeconds` inside planned breaks (not charged to the allowance).
    public var auxInPlannedBreaksSeconds: Double
    /// AUX / logged-in time inside the shift.
    public var auxShare: Double?
    /// AUX outside planned breaks exceeds the shift's allowance.
    public var overAllowance: Bool
    /// Seconds where the activity matched the schedule (work when scheduled to work, off when on a break).
    public var adherentSeconds: Double
    /// Scheduled seconds elapsed so far.
    public var scheduledSeconds: Double
    /// adherent / scheduled.
    public var adherence: Double?
    /// Σ min(scheduled, actual) over work and break / scheduled.
    public var conformance: Double?
    /// min(1, worked / scheduled work), the "total worked / total scheduled" variant.
    public var workConformance: Double?

    /// A result with nothing measured yet.
    public init(shift: RosterShift, attendance: Attendance) {
        self.shift = shift
        self.attendance = attendance
        isLate = false
        isEarlyLogout = false
        loggedInSeconds = 0
        auxSecondsByReason = [:]
        auxSeconds = 0
        auxInPlannedBreaksSeconds = 0
        overAllowance = false
        adherentSeconds = 0
        scheduledSeconds = 0
    }
}
