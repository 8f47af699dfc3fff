import Foundation

/// Escalations raised in a period by level, with how many met or missed their SLA. Pure.
public struct EscalationSLAReport: Sendable {
    /// One level's line.
    public struct Row: Hashable, Sendable {
        public var level: EscalationLevel
        public var raised = 0
        public var met = 0
        public var missed = 0
        public var pending = 0
        /// Pending and past due at the report's time.
        public var overdue = 0
        /// Minutes from raised to resolved, of those resolved, in order.
        public var resolutionMinutes: [Double] = []

        /// Met among those decided (met or missed), 0-100; nil when none is decided yet.
        public var metRate: Double? { met + missed == 0 ? nil : Double(met) * 100 / Double(met + missed) }
        /// The median minutes to resolution, nil when none is resolved.
        public var medianMinutes: Double? {
            guard !resolutionMinutes.isEmpty else { return nil }
            let s = resolutionMinutes.sorted()
            let n = s.count
            return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2
        }
    }

    public var from: Date
    public var to: Date
    /// When it was judged (pending ones past due at this time count as missed).
    public var now: Date
    /// One row per level of the knowledge, in file order, plus levels no longer there.
    public var rows: [Row]

    /// The report over escalations raised in `[from, to)`, judged at `now`.
    public init(from: Date, to: Date, now: Date, levels: [EscalationLevel], escalations: [Escalation]) {
        self.from = from
        self.to = to
        self.now = now
        var rows = levels.map { Row(level: $0) }
        for e in escalations where e.raisedAt >= from && e.raisedAt < to {
            let i: Int
            if let known = rows.firstIndex(where: { $0.level.id == e.level }) {
                i = known
            } else {
                rows.append(
                    Row(level: EscalationLevel(id: e.level, label: e.level, slaMinutes: 0, ownerRole: e.ownerRole)))
                i = rows.count - 1
            }
            rows[i].raised += 1
            switch e.slaOutcome(at: now) {
            case .met: rows[i].met += 1
            case .missed: rows[i].missed += 1
            case .pending: rows[i].pending += 1
            }
            if e.isOverdue(at: now) { rows[i].overdue += 1 }
            if let done = e.resolvedAt { rows[i].resolutionMinutes.append(done.timeIntervalSince(e.raisedAt) / 60) }
        }
        self.rows = rows
    }
}
