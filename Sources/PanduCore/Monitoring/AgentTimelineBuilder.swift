/// Reconstructs `AgentTimeline` from queue_log member lines: ADDMEMBER/REMOVEMEMBER, AGENTLOGIN/AGENTLOGOFF,
/// AGENTCALLBACKLOGIN/LOGOFF, PAUSE/UNPAUSE, PAUSEALL/UNPAUSEALL. Duplicates are dropped and lines are
/// taken in time order (file order within one instant).
public struct AgentTimelineBuilder: Sendable {
    /// Open sessions and pauses of one member, and the state interval in progress.
    struct MemberState {
        var sessions: [String?: Int] = [:]
        var pauses: [String?: Int] = [:]
        var span: (start: Int64, activity: AgentActivity)?
    }

    /// Members configured statically in queues.conf: no login lines, always logged in (spec §1.5).
    public var staticMembers: Set<String>
    /// The floor's AUX codes for the logged pause reasons: the states carry codes, the pauses what was logged.
    public var reasons: AuxReasonMap
    var timeline: AgentTimeline
    var members: [String: MemberState] = [:]

    /// `names` carries the caller's explicit interface → member table.
    public init(
        names: MemberNameMap = MemberNameMap(), staticMembers: Set<String> = [], reasons: AuxReasonMap = AuxReasonMap()
    ) {
        self.staticMembers = staticMembers
        self.reasons = reasons
        timeline = AgentTimeline(names: names)
    }

    /// The timeline of a set of records in one go.
    public static func timeline(
        from records: [QueueLogRecord], names: MemberNameMap = MemberNameMap(), staticMembers: Set<String> = [],
        reasons: AuxReasonMap = AuxReasonMap()
    ) -> AgentTimeline {
        var builder = AgentTimelineBuilder(names: names, staticMembers: staticMembers, reasons: reasons)
        return builder.build(records)
    }

    /// Folds the member lines of `records` and returns the timeline (open items have no end).
    public mutating func build(_ records: [QueueLogRecord]) -> AgentTimeline {
        var seen = QueueLogKeySet()
        var lines: [(Int, QueueLogRecord)] = []
        for (i, r) in records.enumerated() where r.kind?.isMemberEvent == true {
            if seen.insert(r.contentKey) { lines.append((i, r)) } else { timeline.duplicates += 1 }
        }
        lines.sort { ($0.1.epoch, $0.1.microseconds, $0.0) < ($1.1.epoch, $1.1.microseconds, $1.0) }
        let sorted = lines.map(\.1)
        timeline.names.learn(fromSorted: sorted)
        for r in sorted { apply(r) }
        return finished(timeline)
    }

    /// One member line, then the member's state at that instant.
    mutating func apply(_ r: QueueLogRecord) {
        let member = timeline.names.member(for: r.agent, at: r.epoch)
        let queue: String? = r.queue == "NONE" || r.queue.isEmpty ? nil : r.queue
        switch r.kind {
        case .addMember: login(member, r, queue: queue, source: .addMember)
        case .agentLogin: login(member, r, queue: nil, source: .agentLogin)
        case .agentCallbackLogin: login(member, r, queue: nil, source: .callbackLogin)
        case .removeMember: logout(member, r, queue: queue, loginTime: nil, source: .addMember)
        case .agentLogoff: logout(member, r, queue: nil, loginTime: r.intParam(1), source: .agentLogin)
        case .agentCallbackLogoff: logout(member, r, queue: nil, loginTime: r.intParam(1), source: .callbackLogin)
        case .pause: pause(member, queue: queue, reason: r.param(0) ?? "", at: r.epoch)
        case .pauseAll: pause(member, queue: nil, reason: r.param(0) ?? "", at: r.epoch)
        case .unpause where queue != nil: unpause(member, queue: queue, reason: r.param(0), at: r.epoch)
        case .unpause, .unpauseAll: unpauseAll(member, reason: r.param(0), at: r.epoch)
        case .pauseReason: name(member, reason: r.param(0) ?? "", at: r.epoch)
        default: break
        }
        updateState(member, at: r.epoch)
    }

    mutating func login(_ member: String, _ r: QueueLogRecord, queue: String?, source: AgentSession.Source) {
        guard members[member]?.sessions[queue] == nil else { return }
        let interface = r.agent == member ? nil : r.agent
        timeline.sessions.append(
            AgentSession(member: member, interface: interface, queue: queue, start: r.epoch, source: source))
        members[member, default: MemberState()].sessions[queue] = timeline.sessions.count - 1
        if r.kind == .addMember, r.param(0)?.uppercased() == "PAUSED" {
            pause(member, queue: queue, reason: "", at: r.epoch)
        }
    }

    mutating func logout(
        _ member: String, _ r: QueueLogRecord, queue: String?, loginTime: Int?, source: AgentSession.Source
    ) {
        if let i = members[member]?.sessions.removeValue(forKey: queue) {
            timeline.sessions[i].end = r.epoch
        } else if let seconds = loginTime {
            let interface = r.agent == member ? nil : r.agent
            timeline.sessions.append(
                AgentSession(
                    member: member, interface: interface, queue: queue, start: r.epoch - Int64(seconds),
                    end: r.epoch, source: source, startLogged: false))
        } else {
            timeline.unmatched += 1
        }
        if let q = queue { close(member, queue: q, at: r.epoch, endReason: "removed") }
    }
}
