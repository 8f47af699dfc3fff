/// How each call line changes its episode; parameter positions follow app_queue.c (spec §1.3), with the
/// older short forms (`CONNECT|holdtime`, `EXITWITHKEY|key|pos`, four-field TRANSFER) still understood.
extension EpisodeBuilder {
    /// Applies a ring, connect or terminal line to an open episode.
    static func fold(_ r: QueueLogRecord, kind: QueueEventKind, into e: inout Episode) {
        switch kind {
        case .ringNoAnswer: e.ringNoAnswers += 1
        case .ringCanceled: e.ringCancels += 1
        case .connect: connect(r, &e)
        case .completeCaller, .completeAgent: complete(r, kind: kind, &e)
        case .transfer, .blindTransfer: transfer(r, kind: kind, &e)
        case .attendedTransfer: attendedTransfer(r, &e)
        case .abandon, .exitWithTimeout, .exitWithKey, .exitEmpty, .withdraw, .agentDump, .sysCompat:
            leave(r, kind: kind, &e)
        default: break
        }
    }

    /// CONNECT: `holdtime|member uniqueid|ringtime`, or just `holdtime` in old logs.
    static func connect(_ r: QueueLogRecord, _ e: inout Episode) {
        guard e.connectedAt == nil else { return }
        e.connectedAt = r.epoch
        e.member = member(r) ?? e.member
        e.waitSeconds = r.intParam(0) ?? elapsed(e, r)
        e.ringSeconds = r.intParam(2)
    }

    /// COMPLETECALLER / COMPLETEAGENT: `holdtime|calltime|opos`.
    static func complete(_ r: QueueLogRecord, kind: QueueEventKind, _ e: inout Episode) {
        bridged(r, hold: r.intParam(0), talk: r.intParam(1), &e)
        e.exit = kind == .completeCaller ? .completedByCaller : .completedByAgent
    }

    /// TRANSFER / BLINDTRANSFER: `extension|context|holdtime|calltime|opos` (1.4: no `opos`).
    static func transfer(_ r: QueueLogRecord, kind: QueueEventKind, _ e: inout Episode) {
        bridged(r, hold: r.intParam(2), talk: r.intParam(3), &e)
        e.transferTarget = [r.param(0), r.param(1)].compactMap { $0 }.joined(separator: "@")
        e.exit = kind == .transfer ? .transfer : .blindTransfer
    }

    /// ATTENDEDTRANSFER: `method|data…|holdtime|calltime|opos`; `LINK` carries two data fields, `BRIDGE` and
    /// `APP` one, so the times are read from the end.
    static func attendedTransfer(_ r: QueueLogRecord, _ e: inout Episode) {
        let (hold, talk) = attendedTimes(r)
        bridged(r, hold: hold, talk: talk, &e)
        let n = r.paramCount
        let dataEnd = n >= 5 ? n - 3 : min(n, 2)
        e.transferTarget = r.params[0..<dataEnd].joined(separator: "|")
        e.exit = .attendedTransfer
    }

    /// An attended transfer's hold and call time, read from the end of its variable-length parameters.
    static func attendedTimes(_ r: QueueLogRecord) -> (hold: Int?, talk: Int?) {
        let n = r.paramCount
        if n >= 5 { return (r.intParam(n - 3), r.intParam(n - 2)) }
        return (r.intParam(2), r.intParam(3))
    }

    /// The common part of a bridged call's end: talk time, and the answer when its CONNECT line is missing.
    static func bridged(_ r: QueueLogRecord, hold: Int?, talk: Int?, _ e: inout Episode) {
        e.endedAt = r.epoch
        e.talkSeconds = talk
        e.member = e.member ?? member(r)
        if e.connectedAt == nil {
            e.connectedAt = r.epoch - Int64(max(0, talk ?? 0))
            e.waitSeconds = hold ?? max(0, Int(e.connectedAt! - e.enteredAt))
        }
    }

    /// A caller leaving without a bridged call: abandon, timeout, key, empty, withdraw, agent dump, syscompat.
    static func leave(_ r: QueueLogRecord, kind: QueueEventKind, _ e: inout Episode) {
        e.endedAt = r.epoch
        e.exit = exit(for: kind)
        if let m = member(r) { e.member = m }
        let keyed = kind == .exitWithKey
        if keyed { e.exitKey = r.param(0) }
        e.exitPosition = r.intParam(keyed ? 1 : 0)
        if e.originalPosition == nil { e.originalPosition = exitOriginalPosition(r) }
        if e.connectedAt == nil { e.waitSeconds = exitWait(r) ?? elapsed(e, r) }
    }

    /// The wait an exit line reports: `pos|opos|waittime`, EXITWITHKEY `key|pos|opos|waittime`.
    static func exitWait(_ r: QueueLogRecord) -> Int? {
        switch r.kind {
        case .abandon, .exitWithTimeout, .exitEmpty, .withdraw: r.intParam(2)
        case .exitWithKey: r.intParam(3)
        default: nil
        }
    }

    static func exitOriginalPosition(_ r: QueueLogRecord) -> Int? {
        r.kind == .exitWithKey ? r.intParam(2) : r.kind == .agentDump || r.kind == .sysCompat ? nil : r.intParam(1)
    }

    static func exit(for kind: QueueEventKind) -> Episode.Exit {
        switch kind {
        case .abandon: .abandon
        case .exitWithTimeout: .timeout
        case .exitWithKey: .key
        case .exitEmpty: .empty
        case .withdraw: .withdraw
        case .agentDump: .agentDump
        default: .sysCompat
        }
    }

    /// The agent column when it names someone (`NONE` and empty do not).
    static func member(_ r: QueueLogRecord) -> String? {
        r.agent.isEmpty || r.agent == "NONE" ? nil : r.agent
    }

    /// Seconds from entry to this line, never negative.
    static func elapsed(_ e: Episode, _ r: QueueLogRecord) -> Int { max(0, Int(r.epoch - e.enteredAt)) }
}
