import Foundation
import GRDB
import PanduCore

/// How an `Episode` maps to a row of `acd_episodes`: one column list for the insert and the select, so
/// the two cannot drift apart.
enum EpisodeColumns {
    static let names = [
        "callid", "queue", "entered_s", "has_enter", "caller_id", "did", "connected_s", "member",
        "wait_s",
        "ring_s", "talk_s", "ended_s", "exit", "exit_key", "transfer_target", "superseded_s",
        "ring_no_answers",
        "ring_cancels", "late_events", "original_position", "exit_position",
    ]

    /// An insert of `rows` episodes in one statement (rows get ascending ids in the order bound).
    static func insertSQL(rows: Int = 1) -> String {
        let row = "(" + Array(repeating: "?", count: names.count).joined(separator: ", ") + ")"
        return "INSERT INTO acd_episodes (\(names.joined(separator: ", "))) VALUES "
            + Array(repeating: row, count: rows).joined(separator: ", ")
    }

    static var selectList: String { names.joined(separator: ", ") }

    /// Binds an episode's fields in `names` order, as row `row` (from 0) of a multi-row insert; texts go
    /// through `arena` (bound in place, no copy per text) when one is given.
    static func bind(_ e: Episode, to s: RawStatement, row: Int = 0, arena: BindArena? = nil) {
        let b = Int32(row * names.count)
        let text = { (index: Int32, value: String?) in
            if let arena, let value { arena.bind(s, index, value) } else { s.bind(index, value) }
        }
        text(b + 1, e.callID)
        text(b + 2, e.queue)
        s.bind(b + 3, e.enteredAt)
        s.bind(b + 4, Int64(e.hasEnterQueue ? 1 : 0))
        text(b + 5, e.callerID)
        text(b + 6, e.did)
        s.bind(b + 7, e.connectedAt)
        text(b + 8, e.member)
        s.bind(b + 9, e.waitSeconds)
        s.bind(b + 10, e.ringSeconds)
        s.bind(b + 11, e.talkSeconds)
        s.bind(b + 12, e.endedAt)
        text(b + 13, e.exit?.rawValue)
        text(b + 14, e.exitKey)
        text(b + 15, e.transferTarget)
        s.bind(b + 16, e.supersededAt)
        s.bind(b + 17, Int64(e.ringNoAnswers))
        s.bind(b + 18, Int64(e.ringCancels))
        s.bind(b + 19, Int64(e.lateEvents))
        s.bind(b + 20, e.originalPosition)
        s.bind(b + 21, e.exitPosition)
    }

    /// The episode of a row selected with `selectList`.
    static func episode(_ s: RawStatement) -> Episode {
        var e = Episode(
            callID: s.text(0), queue: s.text(1), enteredAt: s.int(2), hasEnterQueue: s.int(3) != 0)
        e.callerID = s.optionalText(4)
        e.did = s.optionalText(5)
        e.connectedAt = s.optionalInt(6)
        e.member = s.optionalText(7)
        e.waitSeconds = s.optionalInt(8).map(Int.init)
        e.ringSeconds = s.optionalInt(9).map(Int.init)
        e.talkSeconds = s.optionalInt(10).map(Int.init)
        e.endedAt = s.optionalInt(11)
        e.exit = s.optionalText(12).flatMap(Episode.Exit.init(rawValue:))
        e.exitKey = s.optionalText(13)
        e.transferTarget = s.optionalText(14)
        e.supersededAt = s.optionalInt(15)
        e.ringNoAnswers = Int(s.int(16))
        e.ringCancels = Int(s.int(17))
        e.lateEvents = Int(s.int(18))
        e.originalPosition = s.optionalInt(19).map(Int.init)
        e.exitPosition = s.optionalInt(20).map(Int.init)
        return e
    }
}
