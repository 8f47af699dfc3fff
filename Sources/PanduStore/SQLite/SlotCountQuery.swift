import Foundation
import GRDB
import PanduCore

/// The SQL that adds episodes up into `KPICounts` per queue and slot, exactly as `KPICounts.add` does one
/// episode at a time (the store tests check the two agree).
struct SlotCountQuery {
    let thresholds: [Int]
    let slotSeconds: Int
    let queues: Set<String>?

    static let fixed = [
        "SUM(1 - ok)", "SUM(ok)", "SUM(ok AND ans)", "SUM(ok AND exit = 'abandon')",
        "SUM(ok AND exit = 'timeout')",
        "SUM(ok AND exit = 'key')", "SUM(ok AND exit = 'empty')", "SUM(ok AND exit = 'withdraw')",
        "SUM(ok AND exit = 'agentdump')", "SUM(ok AND exit = 'syscompat' AND NOT ans)",
        "SUM(ok AND ans AND exit IN ('transfer', 'blind_transfer', 'attended_transfer'))",
        "SUM(ok AND ans AND exit IN ('complete_caller', 'complete_agent'))",
        "SUM(ok AND ans AND handled AND talk IS NOT NULL)",
        "SUM(ok AND exit IS NULL)", "SUM(ok AND exit IS NULL AND NOT ans AND NOT superseded)",
        "SUM(CASE WHEN ok AND ans THEN w ELSE 0 END)", "MAX(CASE WHEN ok AND ans THEN w ELSE 0 END)",
        "SUM(CASE WHEN ok AND exit = 'abandon' THEN w ELSE 0 END)",
        "SUM(CASE WHEN ok AND ans AND handled AND talk IS NOT NULL THEN talk ELSE 0 END)",
    ]

    var sql: String {
        var columns = ["queue", "slot"] + Self.fixed
        for t in thresholds { columns.append("SUM(ok AND ans AND w <= \(t))") }
        for t in thresholds { columns.append("SUM(ok AND exit = 'abandon' AND w <= \(t))") }
        var filter = ""
        if let queues {
            let list = queues.sorted().map { "'" + $0.replacingOccurrences(of: "'", with: "''") + "'" }
            filter = " AND queue IN (\(list.joined(separator: ",")))"
        }
        let handled =
            "exit IN ('complete_caller', 'complete_agent', 'transfer', 'blind_transfer', 'attended_transfer')"
        return """
            SELECT \(columns.joined(separator: ", ")) FROM (
              SELECT queue, entered_s - (entered_s % \(slotSeconds)) AS slot, (has_enter OR ?) AS ok, exit,
                connected_s IS NOT NULL AS ans, COALESCE(wait_s, 0) AS w, talk_s AS talk,
                superseded_s IS NOT NULL AS superseded, \(handled) AS handled
              FROM acd_episodes WHERE entered_s >= ? AND entered_s < ?\(filter)
            ) GROUP BY queue, slot ORDER BY slot, queue
            """
    }

    /// One result row as counts.
    func read(_ s: RawStatement) -> SlotCounts {
        var c = KPICounts(thresholds: thresholds)
        func v(_ i: Int) -> Int { Int(s.int(Int32(i))) }
        c.orphansSkipped = v(2)
        c.offered = v(3)
        c.answered = v(4)
        c.abandoned = v(5)
        c.timeouts = v(6)
        c.exitsByKey = v(7)
        c.exitsEmpty = v(8)
        c.withdrawals = v(9)
        c.agentDumps = v(10)
        c.sysCompats = v(11)
        c.transfers = v(12)
        c.completed = v(13)
        c.handled = v(14)
        c.open = v(15)
        c.waiting = v(16)
        c.sumWaitAnswered = v(17)
        c.maxWaitAnswered = v(18)
        c.sumWaitAbandoned = v(19)
        c.sumTalk = v(20)
        let base = 21
        for i in thresholds.indices {
            c.answeredWithin[i] = v(base + i)
            c.abandonedWithin[i] = v(base + thresholds.count + i)
        }
        return SlotCounts(queue: s.text(0), start: s.int(1), counts: c)
    }
}
