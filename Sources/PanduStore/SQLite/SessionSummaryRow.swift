import Foundation
import GRDB
import PanduCore

/// A row of `session_summaries`.
struct SessionSummaryRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "session_summaries"

    var sessionID: String
    var handlingSeconds: Int
    var holdCount: Int
    var longestHoldSeconds: Int
    var score: Double?
    var fatal: Bool
    var overall: String?
    var failed: String
    var standard: String?
    var standardVersion: String

    enum CodingKeys: String, CodingKey {
        case score, fatal, overall, failed, standard
        case sessionID = "session_id"
        case handlingSeconds = "handling_seconds"
        case holdCount = "hold_count"
        case longestHoldSeconds = "longest_hold_seconds"
        case standardVersion = "standard_version"
    }

    init(_ s: SessionSummary) {
        sessionID = s.sessionID.rawValue
        handlingSeconds = s.handlingSeconds
        holdCount = s.holdCount
        longestHoldSeconds = s.longestHoldSeconds
        score = s.score
        fatal = s.fatal
        overall = s.overall?.rawValue
        failed = s.failed.isEmpty ? "" : "," + s.failed.map(\.rawValue).joined(separator: ",") + ","
        standard = s.standard?.rawValue
        standardVersion = s.standardVersion
    }

    /// The domain value.
    func summary() -> SessionSummary {
        SessionSummary(
            sessionID: SessionID(sessionID), handlingSeconds: handlingSeconds, holdCount: holdCount,
            longestHoldSeconds: longestHoldSeconds, score: score, fatal: fatal, overall: overall.flatMap(Verdict.init),
            failed: failed.split(separator: ",").map { ParameterID(String($0)) },
            standard: standard.map { StandardID($0) },
            standardVersion: standardVersion)
    }
}
