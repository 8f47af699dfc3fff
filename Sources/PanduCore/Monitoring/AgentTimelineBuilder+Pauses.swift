/// Pause bookkeeping and the agent-level state derived from sessions and pauses.
extension AgentTimelineBuilder {
    /// PAUSE in a queue (nil = all queues). The same reason again changes nothing; another reason closes the
    /// running interval and opens a new one.
    mutating func pause(_ member: String, queue: String?, reason: String, at epoch: Int64) {
        if let i = members[member]?.pauses[queue] {
            if timeline.pauses[i].reason == reason { return }
            close(member, queue: queue, at: epoch, endReason: "reason change")
        }
        timeline.pauses.append(PauseInterval(member: member, queue: queue, reason: reason, start: epoch))
        members[member, default: MemberState()].pauses[queue] = timeline.pauses.count - 1
    }

    /// PAUSEREASON (QueueMetrics-style writers log `PAUSEALL|` and then `PAUSEREASON|code` in the same
    /// second): the code names the member's pauses opened without a reason just before, and the AUX state
    /// they began, from its start.
    mutating func name(_ member: String, reason: String, at epoch: Int64) {
        guard !reason.isEmpty, let open = members[member]?.pauses.values else { return }
        for i in open
        where timeline.pauses[i].reason.isEmpty && epoch - timeline.pauses[i].start <= Self.reasonLagSeconds {
            timeline.pauses[i].reason = reason
        }
        if let span = members[member]?.span, let activity = activity(of: member, members[member]!),
            span.activity == .aux(AuxReasonMap.unspecified)
        {
            members[member]?.span = (span.start, activity)
        }
    }

    /// How long after the pause its PAUSEREASON line may come (writers log them together).
    static var reasonLagSeconds: Int64 { 5 }

    /// UNPAUSE in one queue. Unpausing what is not paused is routine (the login pattern ADDMEMBER +
    /// UNPAUSE), so it is not an anomaly.
    mutating func unpause(_ member: String, queue: String?, reason: String?, at epoch: Int64) {
        close(member, queue: queue, at: epoch, endReason: reason)
    }

    /// UNPAUSEALL (or UNPAUSE without a queue): every pause of the member ends.
    mutating func unpauseAll(_ member: String, reason: String?, at epoch: Int64) {
        for queue in members[member]?.pauses.keys.map({ $0 }) ?? [] {
            close(member, queue: queue, at: epoch, endReason: reason)
        }
    }

    /// Ends the member's open pause in a queue, if any.
    mutating func close(_ member: String, queue: String?, at epoch: Int64, endReason: String?) {
        guard let i = members[member]?.pauses.removeValue(forKey: queue) else { return }
        timeline.pauses[i].end = epoch
        timeline.pauses[i].endReason = endReason
    }

    /// Recomputes the member's activity and closes / opens a state interval when it changed.
    mutating func updateState(_ member: String, at epoch: Int64) {
        let state = members[member, default: MemberState()]
        let activity = activity(of: member, state)
        if let span = state.span, span.activity == activity { return }
        if let span = state.span {
            timeline.states.append(
                AgentStateInterval(agent: member, start: span.start, end: epoch, activity: span.activity))
        }
        members[member, default: MemberState()].span = activity.map { (epoch, $0) }
    }

    /// Logged in (a session, or a static member) and paused everywhere it is logged in, or PAUSEALL: AUX;
    /// logged in otherwise: ready; not logged in: nil.
    func activity(of member: String, _ s: MemberState) -> AgentActivity? {
        guard !s.sessions.isEmpty || staticMembers.contains(member) else { return nil }
        let queues = s.sessions.keys.compactMap { $0 }
        let pausedEverywhere =
            s.pauses[nil] != nil
            || (!queues.isEmpty && queues.allSatisfy { s.pauses[$0] != nil })
            || (queues.isEmpty && !s.pauses.isEmpty)
        guard pausedEverywhere else { return .ready }
        let current = s.pauses[nil] ?? s.pauses.values.max { timeline.pauses[$0].start < timeline.pauses[$1].start }!
        return .aux(reasons.code(forLogged: timeline.pauses[current].reason))
    }

    /// The timeline with state intervals still open at the end of the log added (no end).
    func finished(_ timeline: AgentTimeline) -> AgentTimeline {
        var t = timeline
        for (member, s) in members.sorted(by: { $0.key < $1.key }) {
            guard let span = s.span else { continue }
            t.states.append(AgentStateInterval(agent: member, start: span.start, end: nil, activity: span.activity))
        }
        t.states.sort { ($0.start, $0.agent) < ($1.start, $1.agent) }
        return t
    }
}
