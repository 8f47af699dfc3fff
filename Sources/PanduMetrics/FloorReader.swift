import Foundation
import PanduCore
import PanduStore

/// Reads the floor's records for the live view, `/metrics` and the reports: KPI rows per service and
/// interval from the stored slot counts, the live queue status from open episodes, agent states from the
/// shell's events, the roster, and TelkomCare cases from socmed sessions. Queries only: no second source of truth.
public struct FloorReader: Sendable {
    public let events: any Store
    public let monitoring: any MonitoringStore
    public let targets: KPITargets
    public let zone: TimeZoneCode
    /// The AUX codes of the ACD's pause reasons (`aux-reasons.yaml`).
    public let auxReasons: AuxReasonMap

    /// A reader over the given stores and targets, showing times in `zone`.
    public init(
        events: any Store, monitoring: any MonitoringStore, targets: KPITargets, zone: TimeZoneCode,
        auxReasons: AuxReasonMap = AuxReasonMap()
    ) {
        self.events = events
        self.monitoring = monitoring
        self.targets = targets
        self.zone = zone
        self.auxReasons = auxReasons
    }

    /// Seconds east of UTC of the site's zone.
    public var utcOffsetSeconds: Int { zone.hoursFromUTC * 3600 }

    /// The services with call queues: those of `targets` (not social), then every queue seen that none lists.
    public func voiceServices() throws -> [ServiceTargets] {
        let listed = targets.services.filter { !$0.isSocial }
        let covered = Set(listed.flatMap(\.queues))
        let extra = try monitoring.queueNames().filter { !covered.contains($0) }.map {
            targets.service(forQueue: $0)
        }
        return listed + extra
    }

    /// The social service, if `targets` has one.
    public var socialService: ServiceTargets? { targets.services.first { $0.isSocial } }

    /// One KPI row per interval of `minutes` in `[from, to)` for a service, from the stored slot counts.
    public func rows(_ service: ServiceTargets, from: Date, to: Date, minutes: Int) throws -> [KPIRow] {
        let span = TimeSpan(from: from, to: to)
        let grid = IntervalGrid(
            .minutes(minutes), from: span.start, to: span.end, utcOffsetSeconds: utcOffsetSeconds)
        return try rows(service, grid: grid)
    }

    /// One KPI row per span of `grid` for a service.
    public func rows(_ service: ServiceTargets, grid: IntervalGrid) throws -> [KPIRow] {
        guard let first = grid.spans.first, let last = grid.spans.map(\.end).max() else { return [] }
        let thresholds = targets.allThresholds
        let slot = slotSeconds(grid)
        let slots = try monitoring.slotCounts(
            from: first.start, to: last, slotSeconds: slot, thresholds: thresholds,
            queues: Set(service.queues), includeOrphans: false)
        let trunks = try monitoring.trunkCounts(from: first.start, to: last, lines: [service.id]).map(
            \.counts)
        let calculator = KPICalculator(config: service.config)
        // Hold and ACW come from Pandu's own records, as in `pandu kpi` (queue_log has neither).
        let handling = try HandlingAttribution(store: monitoring, events: events).perSlot(
            from: first.start, to: last, slotSeconds: slot)
        // Slots by start, so each span reads only its own slots (a month at 30 minutes is 1,440 spans).
        let bySlot = Dictionary(grouping: slots, by: \.start)
        let step = Int64(slot)
        return grid.spans.map { span in
            var counts = KPICounts(thresholds: thresholds)
            var handled = HandlingSeconds()
            var start = span.start - ((span.start % step) + step) % step
            while start < span.end {
                for s in bySlot[start] ?? [] where span.contains(s.start) {
                    counts.merge(s.counts)
                    handled = handled + (handling[HandlingAttribution.Key(queue: s.queue, slot: s.start)] ?? .init())
                }
                start += step
            }
            var trunk: TrunkCounts?
            for t in trunks where span.contains(t.start) { trunk = trunk.map { $0.adding(t) } ?? t }
            return calculator.row(counts: counts, span: span, queues: service.queues, handling: handled, trunk: trunk)
        }
    }

    /// The largest slot (15, 5 or 1 minutes) that divides every span's bounds, so slots never straddle spans.
    func slotSeconds(_ grid: IntervalGrid) -> Int {
        for candidate in [900, 300, 60] {
            let fits = grid.spans.allSatisfy {
                $0.start % Int64(candidate) == 0 && $0.end % Int64(candidate) == 0
            }
            if fits { return candidate }
        }
        return 1
    }

    /// Waiting callers and the longest wait of a service at `now`: episodes of the last 2 hours, since a call
    /// "waiting" longer than that lost its end line and would only hide the real longest wait.
    public func liveStatus(_ service: ServiceTargets, at now: Date) throws -> QueueLiveStatus {
        let t = Int64(now.timeIntervalSince1970)
        let episodes = try monitoring.episodes(from: t - 7_200, to: t + 1, queues: Set(service.queues))
        return QueueLiveStatus.at(
            now, episodes: episodes, queues: Set(service.queues), maxOpenAgeSeconds: 7_200)
    }

    /// Agent states from the shell's events in `[from, to)`.
    public func agentStates(from: Date, to: Date) throws -> LiveAgentStates {
        LiveAgentStates(
            events: try events.events(actor: nil, types: LiveAgentStates.eventTypes, from: from, to: to))
    }

    /// Agent states from the ACD's member lines (login, pause with reason) in `[from, to)`, keyed by person code
    /// where `acd map` ties the interface or member name to a person, else by the ACD's member name; for agents
    /// who work without Pandu's shell.
    public func acdStates(from: Date, to: Date) throws -> [String: [AgentStateInterval]] {
        let states = try Self.acdIntervals(monitoring, from: from, to: to, reasons: auxReasons)
        return Dictionary(grouping: states, by: \.agent).mapValues { $0.sorted { $0.start < $1.start } }
    }

    /// The ACD's agent state intervals in `[from, to)`, in timeline order: every interface and member name
    /// `acd map` ties to a person as that person's code, pause reasons as the floor's AUX codes.
    public static func acdIntervals(
        _ monitoring: any MonitoringStore, from: Date, to: Date, reasons: AuxReasonMap
    ) throws -> [AgentStateInterval] {
        let names = Dictionary(
            try monitoring.agentMappings().map { ($0.agent, $0.person.rawValue) },
            uniquingKeysWith: { a, _ in a })
        let records = try monitoring.memberRecords(
            from: Int64(from.timeIntervalSince1970), to: Int64(to.timeIntervalSince1970))
        return AgentTimelineBuilder.timeline(from: records, names: MemberNameMap(explicit: names), reasons: reasons)
            .states
    }

    /// Rostered shifts overlapping `[from, to)`.
    public func shifts(from: Date, to: Date) throws -> [RosterShift] {
        try monitoring.roster(from: from, to: to, day: nil, agent: nil).map(\.shift)
    }

    /// The roster checks with the floor's grace times from `targets`.
    public var adherence: AgentAdherence {
        AgentAdherence(
            config: AdherenceConfig(
                lateGraceSeconds: Double(targets.defaults.loginGraceMinutes * 60),
                earlyLogoutGraceSeconds: Double(targets.defaults.earlyLogoutGraceMinutes * 60)))
    }

    /// TelkomCare cases of socmed sessions started in `[from, to)`, with the agent of each.
    public func socialConversations(from: Date, to: Date) throws -> [(
        agent: String, case: SocialCase
    )] {
        try events.sessions(SessionQuery(service: .socmed, from: from, to: to)).compactMap { s in
            guard s.disposition != "no-answer-needed" else { return nil }
            let facts = try events.events(session: s.id)
            let received =
                facts.first { $0.type == .fieldCaptured && $0.string("field") == "received_at" }
                .flatMap { $0.string("value") }.flatMap { clock($0, on: s.startedAt) } ?? s.startedAt
            let reply = facts.first { $0.type == .utterance }?.at
            return (
                s.agent.rawValue,
                SocialCase(id: s.id.rawValue, receivedAt: min(received, s.startedAt), firstReplyAt: reply)
            )
        }
    }

    /// TelkomCare cases of socmed sessions started in `[from, to)` (spec §3.7, as `pandu kpi` counts them):
    /// received at the captured `received_at` (HH:MM, the session start when absent or later), first reply at
    /// the first agent utterance; cases closed as `no-answer-needed` (W-21) need no reply and are left out.
    public func socialCases(from: Date, to: Date) throws -> [SocialCase] {
        try socialConversations(from: from, to: to).map(\.case)
    }

    /// `HH:MM` on the local day of `day`; a time after `day` belongs to the day before (received before midnight).
    func clock(_ text: String, on day: Date) -> Date? {
        let parts = text.split(separator: ":").compactMap { Int($0) }
        guard parts.count >= 2, (0..<24).contains(parts[0]), (0..<60).contains(parts[1]) else {
            return nil
        }
        let start = startOfDay(day)
        let at = start.addingTimeInterval(TimeInterval(parts[0] * 3600 + parts[1] * 60))
        return at > day.addingTimeInterval(60) ? at.addingTimeInterval(-86_400) : at
    }

    /// Local midnight at or before `date` in the site's zone.
    public func startOfDay(_ date: Date) -> Date {
        let epoch = CivilTime.startOfDay(
            Int64(date.timeIntervalSince1970), utcOffsetSeconds: utcOffsetSeconds)
        return Date(timeIntervalSince1970: TimeInterval(epoch))
    }
}
