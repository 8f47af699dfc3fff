import Foundation
import PanduCore
import PanduStore

/// Hold and ACW from Pandu's own handling records, attributed to the ACD calls they belong to (queue_log
/// has neither, spec §3.3): a voice session of person P is the call that a member mapped to P (`acd map`,
/// or P's own code as the member name) answered within two minutes of the session's start; its hold is the
/// session's `hold_ended` seconds, its ACW the agent's `acw` state that follows the session's close until
/// the next state event. Sessions that match no call are left out.
public struct HandlingAttribution: Sendable {
    /// A queue and slot start (epoch seconds).
    public struct Key: Hashable, Sendable {
        public var queue: String
        public var slot: Int64

        /// The key of a queue's slot.
        public init(queue: String, slot: Int64) {
            self.queue = queue
            self.slot = slot
        }
    }

    let store: any MonitoringStore
    let events: any Store
    /// How far a session's start may be from the call's CONNECT.
    let matchSeconds: Int64 = 120

    /// Attribution over the ACD records of `store` and the handling records of `events`.
    public init(store: any MonitoringStore, events: any Store) {
        self.store = store
        self.events = events
    }

    /// Hold and ACW per queue and slot of the matched call's entry.
    public func perSlot(from: Int64, to: Int64, slotSeconds: Int) throws -> [Key: HandlingSeconds] {
        let voice: Set<Service> = [.line147, .line108]
        let sessions = try events.sessions(SessionQuery(from: date(from - 3600), to: date(to)))
            .filter { voice.contains($0.service) && $0.channel.isVoice }
        guard !sessions.isEmpty else { return [:] }
        var ids: [PersonCode: [String]] = [:]
        for m in try store.agentMappings() { ids[m.person, default: []].append(m.agent) }
        var byMember: [String: [Episode]] = [:]
        for e in try store.episodes(from: from - 3600, to: to, queues: nil) where e.isAnswered {
            if let m = e.member { byMember[m, default: []].append(e) }
        }
        let states = try events.events(
            actor: nil, types: [.login, .logout, .ready, .aux, .acw], from: date(from - 3600), to: date(to + 7200))
        let statesBy = Dictionary(grouping: states, by: \.actor)
        let holds = try holdSeconds(of: sessions)
        var out: [Key: HandlingSeconds] = [:]
        for s in sessions {
            let members = (ids[s.agent] ?? []) + [s.agent.rawValue]
            guard let e = match(s, members.flatMap { byMember[$0] ?? [] }) else { continue }
            let hold = holds[s.id] ?? 0
            let acw = afterCallWork(after: s, statesBy[s.agent] ?? [])
            let key = Key(queue: e.queue, slot: e.enteredAt - e.enteredAt % Int64(slotSeconds))
            out[key] = (out[key] ?? HandlingSeconds()) + HandlingSeconds(hold: hold, acw: acw)
        }
        return out
    }

    /// Seconds of `hold_ended` per session, read in one query over the sessions' time span (a query per
    /// session made a month's report wait on a million round trips).
    func holdSeconds(of sessions: [SessionRecord]) throws -> [SessionID: Double] {
        guard let first = sessions.map(\.startedAt).min() else { return [:] }
        let ends = sessions.map(\.endedAt)
        let last = ends.contains(nil) ? nil : ends.compactMap { $0 }.max().map { $0.addingTimeInterval(1) }
        var out: [SessionID: Double] = [:]
        for e in try events.events(actor: nil, types: [.holdEnded], from: first, to: last) {
            guard let id = e.sessionID else { continue }
            out[id, default: 0] += e.data["seconds"]?.numberValue ?? 0
        }
        return out
    }

    /// The answered call whose CONNECT is nearest the session's start, within `matchSeconds`.
    func match(_ s: SessionRecord, _ candidates: [Episode]) -> Episode? {
        let start = Int64(s.startedAt.timeIntervalSince1970)
        return candidates.filter { abs(($0.connectedAt ?? 0) - start) <= matchSeconds }
            .min { abs($0.connectedAt! - start) < abs($1.connectedAt! - start) }
    }

    /// Seconds of the `acw` state entered within two minutes after the session closed.
    func afterCallWork(after s: SessionRecord, _ states: [HandlingEvent]) -> Double {
        guard let end = s.endedAt else { return 0 }
        guard
            let i = states.firstIndex(where: { $0.type == .acw && $0.at >= end && $0.at.timeIntervalSince(end) <= 120 })
        else { return 0 }
        let next = states[(i + 1)...].first?.at
        return next.map { $0.timeIntervalSince(states[i].at) } ?? 0
    }

    func date(_ epoch: Int64) -> Date { Date(timeIntervalSince1970: TimeInterval(epoch)) }
}
