import Foundation
import GRDB
import PanduCore

/// A row of `trunk_counts`: one access line's call attempts in one interval.
struct TrunkRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "trunk_counts"

    var line: String
    var startS: Int64
    var minutes: Int
    var attempts: Int
    var accepted: Int?
    var blocked: Int

    enum CodingKeys: String, CodingKey {
        case line, minutes, attempts, accepted, blocked
        case startS = "start_s"
    }

    init(_ t: TrunkInterval) {
        line = t.line
        startS = t.counts.start
        minutes = t.minutes
        attempts = t.counts.attempts
        accepted = t.counts.accepted
        blocked = t.counts.blocked
    }

    var interval: TrunkInterval {
        TrunkInterval(
            line: line, minutes: minutes,
            counts: TrunkCounts(start: startS, attempts: attempts, accepted: accepted, blocked: blocked))
    }
}
