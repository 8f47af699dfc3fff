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

    static var insertSQL: String {
        "INSERT INTO acd_episodes (\(names.joined(separator: ", "))) VALUES ("
            + Array(repeating: "?", count: names.count).joined(separator: ", ") + ")"
    }

    static var selectList: String { names.joined(separator: ", ") }

    /// Binds an episode's fields in `names` order.
    static func bind(_ e: Episode, to s: RawStatement) {
        s.bind(1, e.callID)
        s.bind(2, e.queue)
        s.bind(3, e.enteredAt)
        s.bind(4, Int64(e.hasEnterQueue ? 1 : 0))
        s.bind(5, e.callerID)
        s.bind(6, e.did)
        s.bind(7, e.connectedAt)
        s.bind(8, e.member)
        s.bind(9, e.waitSeconds)
        s.bind(10, e.ringSeconds)
        s.bind(11, e.talkSeconds)
        s.bind(12, e.endedAt)
        s.bind(13, e.exit?.rawValue)
        s.bind(14, e.exitKey)
        s.bind(15, e.transferTarget)
        s.bind(16, e.supersededAt)
        s.bind(17, Int64(e.ringNoAnswers))
        s.bind(18, Int64(e.ringCancels))
        s.bind(19, Int64(e.lateEvents))
        s.bind(20, e.originalPosition)
        s.bind(21, e.exitPosition)
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
