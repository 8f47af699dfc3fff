/// The counts behind every call KPI of one interval, kept so any SL variant can be recomputed (spec §3.1).
/// Episodes are assigned to the interval of their ENTERQUEUE. Each exit kind is its own count:
/// - `abandoned` = ABANDON lines only (also ABANDON with a member in the agent column);
/// - `timeouts` (EXITWITHTIMEOUT), `exitsByKey` (EXITWITHKEY), `exitsEmpty` (EXITEMPTY), `withdrawals`
///   (WITHDRAW), `agentDumps` (AGENTDUMP), `sysCompats` (SYSCOMPAT without CONNECT) are never abandons;
/// - all of them, and open episodes, are in `offered`.
public struct KPICounts: Hashable, Sendable {
    /// The thresholds (seconds) `answeredWithin` and `abandonedWithin` are kept for, ascending.
    public let thresholds: [Int]
    /// Episodes that entered (E), open ones included.
    public var offered = 0
    /// Episodes a member answered (A): CONNECT seen, calls still in progress included.
    public var answered = 0
    /// ABANDON (Ab).
    public var abandoned = 0
    public var timeouts = 0
    public var exitsByKey = 0
    public var exitsEmpty = 0
    public var withdrawals = 0
    public var agentDumps = 0
    public var sysCompats = 0
    /// Answered episodes that ended in TRANSFER, BLINDTRANSFER or ATTENDEDTRANSFER.
    public var transfers = 0
    /// Answered episodes that ended in COMPLETECALLER or COMPLETEAGENT.
    public var completed = 0
    /// Answered episodes with a known talk time (completed or transferred): the AHT denominator.
    public var handled = 0
    /// Episodes with no terminal event yet.
    public var open = 0
    /// Open, unanswered, not superseded: callers (still, as far as the log tells) waiting.
    public var waiting = 0
    /// Episodes with no ENTERQUEUE, left out because `includeOrphans` is off.
    public var orphansSkipped = 0
    /// Answered with wait ≤ T, per threshold (inclusive, as Asterisk counts "in SL").
    public var answeredWithin: [Int]
    /// Abandoned with wait ≤ T, per threshold (short abandons when T is the short-abandon threshold).
    public var abandonedWithin: [Int]
    /// Σ CONNECT holdtime of answered episodes (ASA numerator).
    public var sumWaitAnswered = 0
    public var maxWaitAnswered = 0
    /// Σ ABANDON waittime.
    public var sumWaitAbandoned = 0
    /// Σ calltime of handled episodes.
    public var sumTalk = 0

    /// Zero counts kept for the given thresholds (seconds, ascending).
    public init(thresholds: [Int]) {
        self.thresholds = thresholds
        answeredWithin = Array(repeating: 0, count: thresholds.count)
        abandonedWithin = Array(repeating: 0, count: thresholds.count)
    }

    /// Answered within `seconds`, or nil if that threshold was not counted.
    public func answered(within seconds: Int) -> Int? { thresholds.firstIndex(of: seconds).map { answeredWithin[$0] } }

    /// Abandoned within `seconds`, or nil if that threshold was not counted.
    public func abandoned(within seconds: Int) -> Int? {
        thresholds.firstIndex(of: seconds).map { abandonedWithin[$0] }
    }

    /// Adds another interval's counts (same thresholds), so stored 15-minute counts roll up to shifts,
    /// days and months without re-reading episodes; sums and counts add, `maxWaitAnswered` takes the max.
    public mutating func merge(_ other: KPICounts) {
        precondition(thresholds == other.thresholds, "KPICounts with different thresholds cannot be added")
        offered += other.offered
        answered += other.answered
        abandoned += other.abandoned
        timeouts += other.timeouts
        exitsByKey += other.exitsByKey
        exitsEmpty += other.exitsEmpty
        withdrawals += other.withdrawals
        agentDumps += other.agentDumps
        sysCompats += other.sysCompats
        transfers += other.transfers
        completed += other.completed
        handled += other.handled
        open += other.open
        waiting += other.waiting
        orphansSkipped += other.orphansSkipped
        for i in thresholds.indices {
            answeredWithin[i] += other.answeredWithin[i]
            abandonedWithin[i] += other.abandonedWithin[i]
        }
        sumWaitAnswered += other.sumWaitAnswered
        maxWaitAnswered = max(maxWaitAnswered, other.maxWaitAnswered)
        sumWaitAbandoned += other.sumWaitAbandoned
        sumTalk += other.sumTalk
    }

    /// Adds one episode; single pass, no allocation.
    public mutating func add(_ e: Episode) {
        offered += 1
        if e.exit == nil {
            open += 1
            if e.isWaiting { waiting += 1 }
        }
        if e.isAnswered { addAnswered(e) }
        switch e.exit {
        case .abandon?: addAbandoned(e)
        case .timeout?: timeouts += 1
        case .key?: exitsByKey += 1
        case .empty?: exitsEmpty += 1
        case .withdraw?: withdrawals += 1
        case .agentDump?: agentDumps += 1
        case .sysCompat?: if !e.isAnswered { sysCompats += 1 }
        default: break
        }
    }

    mutating func addAnswered(_ e: Episode) {
        answered += 1
        let wait = e.waitSeconds ?? 0
        sumWaitAnswered += wait
        maxWaitAnswered = max(maxWaitAnswered, wait)
        for (i, t) in thresholds.enumerated() where wait <= t { answeredWithin[i] += 1 }
        guard let exit = e.exit, exit.isHandled else { return }
        if exit.isTransfer { transfers += 1 } else { completed += 1 }
        if let talk = e.talkSeconds {
            handled += 1
            sumTalk += talk
        }
    }

    mutating func addAbandoned(_ e: Episode) {
        abandoned += 1
        let wait = e.waitSeconds ?? 0
        sumWaitAbandoned += wait
        for (i, t) in thresholds.enumerated() where wait <= t { abandonedWithin[i] += 1 }
    }
}
