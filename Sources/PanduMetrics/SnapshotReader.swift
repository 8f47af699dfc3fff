import Foundation
import PanduCore
import PanduStore

/// Builds a `MonitorSnapshot` at an instant from the floor's records: the services' current interval, the
/// agents (people with the agent role, and anyone else who logged in today), the open recovery plans and
/// the social waiting list.
public struct SnapshotReader: Sendable {
    public let floor: FloorReader

    /// A reader over the floor's records.
    public init(floor: FloorReader) { self.floor = floor }

    /// The snapshot at `now`.
    public func snapshot(at now: Date) throws -> MonitorSnapshot {
        let minutes = max(1, floor.targets.defaults.intervalMinutes)
        let t = Int64(now.timeIntervalSince1970)
        let grid = IntervalGrid(
            .minutes(minutes), from: t, to: t + 1, utcOffsetSeconds: floor.utcOffsetSeconds)
        let interval = grid.spans.first ?? TimeSpan(start: t, end: t + 1)
        var snapshot = MonitorSnapshot(at: now, zone: floor.zone, interval: interval)
        for service in try floor.voiceServices() {
            let row = try floor.rows(service, grid: IntervalGrid(spans: [interval]))[0]
            snapshot.queues.append(
                QueueFigures(
                    service: service.id, label: service.label, queues: service.queues, row: row,
                    live: try floor.liveStatus(service, at: now), targets: service.targets))
        }
        snapshot.agents = try agents(at: now)
        snapshot.plans = try floor.monitoring.recoveryPlans(
            from: now.addingTimeInterval(-7 * 86_400), to: now.addingTimeInterval(1),
            statuses: [.open, .acting])
        snapshot.social = try social(at: now)
        return snapshot
    }

    /// Every agent with their state, time in state and today's roster checks, by code. Pandu's shell states
    /// come first; an agent with none today is shown from the ACD's member lines (ready / paused with reason).
    func agents(at now: Date) throws -> [AgentFigures] {
        let dayStart = floor.startOfDay(now)
        let from = dayStart.addingTimeInterval(-43_200)
        let states = try floor.agentStates(from: from, to: now.addingTimeInterval(1))
        let acd = try floor.acdStates(from: from, to: now.addingTimeInterval(1))
        let shifts = try floor.shifts(from: dayStart, to: dayStart.addingTimeInterval(86_400))
        let people = try floor.events.people().filter { !$0.disabled }
        let codes = Set(people.filter { $0.role == .agent }.map(\.code.rawValue))
            .union(states.current.keys).union(acd.keys).union(shifts.map(\.agent))
        let byCode = Dictionary(people.map { ($0.code.rawValue, $0) }, uniquingKeysWith: { a, _ in a })
        let checker = floor.adherence
        return codes.sorted().map { code in
            let shell = states.intervals[code] ?? []
            let intervals = shell.isEmpty ? acd[code] ?? [] : shell
            let current = states.current[code] ?? Self.current(of: acd[code] ?? [])
            var figures = AgentFigures(
                code: code, name: byCode[code]?.name ?? code, team: byCode[code]?.team,
                state: current?.state ?? .loggedOut, since: current?.since)
            if let shift = shifts.first(where: { $0.agent == code && $0.start <= now && $0.end > now })
                ?? shifts.first(where: { $0.agent == code })
            {
                let result = checker.evaluate(shift, states: intervals, now: now)
                figures.shift = shift
                figures.late = result.isLate
                figures.absent = result.attendance == .absent
                figures.overAuxAllowance = result.overAllowance
                figures.auxSeconds = result.auxSeconds - result.auxInPlannedBreaksSeconds
                figures.auxAllowanceSeconds = shift.auxAllowanceMinutes * 60
            }
            return figures
        }
    }

    /// The state the last of an agent's ACD intervals leaves them in: its activity while open, else logged out.
    static func current(of intervals: [AgentStateInterval]) -> (state: LiveState, since: Date)? {
        guard let last = intervals.last else { return nil }
        guard last.end == nil else { return (.loggedOut, last.end!) }
        switch last.activity {
        case .ready: return (.ready, last.start)
        case .onCall: return (.onContact, last.start)
        case .acw: return (.acw, last.start)
        case .aux(let reason): return (.aux(reason), last.start)
        }
    }

    /// The social waiting list and today's social KPIs, when a social service is configured.
    func social(at now: Date) throws -> SocialFigures? {
        guard let service = floor.socialService else { return nil }
        let dayStart = floor.startOfDay(now)
        let cases = try floor.socialCases(
            from: dayStart.addingTimeInterval(-86_400), to: now.addingTimeInterval(1))
        let kpi = SocialKPI.compute(
            cases, from: dayStart, to: now.addingTimeInterval(1), now: now,
            thresholdSeconds: service.socialResponseSeconds)
        return SocialFigures(kpi: kpi, targets: service.targets)
    }
}
