/// Maps the interface an ADDMEMBER/REMOVEMEMBER line logs (`SIP/1001`, unless `log_membername_as_agent`)
/// to the member name every other line logs (`Sathish`), spec §1.2 and §1.5. An explicit table from the
/// caller wins; otherwise bindings are learned from the login pattern (ADDMEMBER by an interface and
/// UNPAUSE/UNPAUSEALL by a name in the same second) and hold from that time on, since one interface is
/// reused by different people on different days.
public struct MemberNameMap: Hashable, Sendable {
    /// A learned binding: from `since` (epoch seconds) the interface is this member.
    public struct Binding: Hashable, Sendable {
        public var since: Int64
        public var member: String
    }

    /// Interface → member, given by the caller (configuration); always wins.
    public var explicit: [String: String]
    /// Interface → bindings in time order, learned from the log.
    public private(set) var learned: [String: [Binding]] = [:]

    /// A map with the caller's explicit interface → member table.
    public init(explicit: [String: String] = [:]) { self.explicit = explicit }

    /// The member name behind an agent column value at a time; the value itself when nothing maps it.
    public func member(for agent: String, at epoch: Int64) -> String {
        if let name = explicit[agent] { return name }
        guard let bindings = learned[agent] else { return agent }
        return bindings.last { $0.since <= epoch }?.member ?? bindings.first!.member
    }

    /// Records that from `since` the interface is `member`.
    public mutating func learn(interface: String, member: String, since: Int64) {
        guard explicit[interface] == nil, interface != member else { return }
        var list = learned[interface, default: []]
        if list.last?.member == member { return }
        list.append(Binding(since: since, member: member))
        list.sort { $0.since < $1.since }
        learned[interface] = list
    }

    /// Whether an agent column value looks like a channel interface (`SIP/1001`, `PJSIP/alice`, `Local/…`).
    static func isInterface(_ agent: String) -> Bool { agent.contains("/") && !agent.hasPrefix("Agent/") }

    /// Learns bindings from records sorted by time: for each second, an ADDMEMBER by an unmapped interface
    /// is bound to the one name that (un)paused in the same queue, or globally, in that second.
    mutating func learn(fromSorted records: [QueueLogRecord]) {
        var i = 0
        while i < records.count {
            var j = i
            while j < records.count, records[j].epoch == records[i].epoch { j += 1 }
            learnSecond(records[i..<j])
            i = j
        }
    }

    mutating func learnSecond(_ second: ArraySlice<QueueLogRecord>) {
        let adds = second.filter { $0.kind == .addMember && Self.isInterface($0.agent) && explicit[$0.agent] == nil }
        guard !adds.isEmpty else { return }
        let pauses = second.filter {
            [.unpause, .unpauseAll, .pause, .pauseAll].contains($0.kind) && !Self.isInterface($0.agent)
                && $0.agent != "NONE"
        }
        for add in adds {
            let sameQueue = Set(pauses.filter { $0.queue == add.queue }.map(\.agent))
            let global = Set(pauses.filter { $0.queue == "NONE" || $0.queue.isEmpty }.map(\.agent))
            let candidates = sameQueue.isEmpty ? global : sameQueue
            let addsHere = adds.filter { $0.queue == add.queue || candidates == global }.map(\.agent)
            if candidates.count == 1, Set(addsHere).count == 1 {
                learn(interface: add.agent, member: candidates.first!, since: add.epoch)
            }
        }
    }
}
