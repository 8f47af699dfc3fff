extension KPICounts {
    /// The same counts kept for fewer thresholds (each must have been counted here; others read 0): the
    /// store counts once for every service's thresholds, each service's row keeps its own.
    public func narrowed(to thresholds: [Int]) -> KPICounts {
        var out = KPICounts(thresholds: thresholds)
        out.offered = offered
        out.answered = answered
        out.abandoned = abandoned
        out.timeouts = timeouts
        out.exitsByKey = exitsByKey
        out.exitsEmpty = exitsEmpty
        out.withdrawals = withdrawals
        out.agentDumps = agentDumps
        out.sysCompats = sysCompats
        out.transfers = transfers
        out.completed = completed
        out.handled = handled
        out.open = open
        out.waiting = waiting
        out.orphansSkipped = orphansSkipped
        out.sumWaitAnswered = sumWaitAnswered
        out.maxWaitAnswered = maxWaitAnswered
        out.sumWaitAbandoned = sumWaitAbandoned
        out.sumTalk = sumTalk
        for (i, t) in thresholds.enumerated() {
            out.answeredWithin[i] = answered(within: t) ?? 0
            out.abandonedWithin[i] = abandoned(within: t) ?? 0
        }
        return out
    }
}
