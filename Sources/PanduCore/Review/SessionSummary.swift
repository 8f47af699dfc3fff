import Foundation

/// What the TL review filters on, worked out once per closed contact: handling time, holds, and the
/// checker's score with the parameters that failed. A cache over events, rebuilt from them at will.
public struct SessionSummary: Hashable, Codable, Sendable {
    public var sessionID: SessionID
    /// Start to close, in whole seconds (the contact's handling time as Pandu saw it).
    public var handlingSeconds: Int
    public var holdCount: Int
    public var longestHoldSeconds: Int
    public var score: Double?
    public var fatal: Bool
    public var overall: Verdict?
    /// Parameters the checker failed, in form order.
    public var failed: [ParameterID]
    public var standard: StandardID?
    public var standardVersion: String

    /// A summary with every figure given.
    public init(
        sessionID: SessionID, handlingSeconds: Int, holdCount: Int = 0, longestHoldSeconds: Int = 0,
        score: Double? = nil, fatal: Bool = false, overall: Verdict? = nil, failed: [ParameterID] = [],
        standard: StandardID? = nil, standardVersion: String = ""
    ) {
        self.sessionID = sessionID
        self.handlingSeconds = handlingSeconds
        self.holdCount = holdCount
        self.longestHoldSeconds = longestHoldSeconds
        self.score = score
        self.fatal = fatal
        self.overall = overall
        self.failed = failed
        self.standard = standard
        self.standardVersion = standardVersion
    }

    enum CodingKeys: String, CodingKey {
        case score, fatal, overall, failed, standard
        case sessionID = "session_id"
        case handlingSeconds = "handling_seconds"
        case holdCount = "hold_count"
        case longestHoldSeconds = "longest_hold_seconds"
        case standardVersion = "standard_version"
    }

    /// The summary of a closed contact and the checker's result on its transcript (nil: not scorable).
    public static func of(_ contact: Contact, result: QCResult?) -> SessionSummary {
        let s = contact.session
        let seconds = Int((s.endedAt ?? s.startedAt).timeIntervalSince(s.startedAt).rounded())
        return SessionSummary(
            sessionID: s.id, handlingSeconds: max(0, seconds), holdCount: contact.holds.count,
            longestHoldSeconds: contact.holds.max() ?? 0, score: result?.score, fatal: result?.fatal ?? false,
            overall: result?.overall, failed: result?.results.filter { $0.verdict == .fail }.map(\.parameter) ?? [],
            standard: result?.standard, standardVersion: result?.standardVersion ?? "")
    }
}
