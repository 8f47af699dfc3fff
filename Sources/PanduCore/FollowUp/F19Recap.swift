import Foundation

/// IN.OCC.TELK.F-19 *Rekapitulasi Call Back Tier 2 Outbound* over a period: one row per callback that was
/// recorded or attempted in the period, with every attempt, and the period's totals. Pure.
public struct F19Recap: Sendable {
    /// One attempt as the recap lists it.
    public struct Attempt: Hashable, Sendable {
        public var at: Date
        public var agent: PersonCode
        public var outcome: String
        public var note: String?
    }

    /// One callback's line.
    public struct Row: Hashable, Sendable {
        public var callback: Callback
        public var attempts: [Attempt]
    }

    /// The period's totals.
    public struct Summary: Hashable, Sendable {
        /// Callbacks in the recap.
        public var callbacks = 0
        /// Callbacks recorded in the period.
        public var recorded = 0
        /// Attempts made in the period.
        public var attempts = 0
        /// Attempts in the period by outcome code.
        public var byOutcome: [String: Int] = [:]
        /// Attempts in the period that reached someone.
        public var reachedAttempts = 0
        /// Callbacks of the recap by where they stand now.
        public var resolved = 0
        public var closed = 0
        public var exhausted = 0
        public var cancelled = 0
        public var open = 0
        /// Share of attempts that reached someone, 0-100 (nil without attempts).
        public var reachRate: Double? { attempts == 0 ? nil : Double(reachedAttempts) * 100 / Double(attempts) }
        /// Resolved callbacks among those that ended (resolved or closed), 0-100.
        public var resolutionRate: Double? {
            resolved + closed == 0 ? nil : Double(resolved) * 100 / Double(resolved + closed)
        }
    }

    public var from: Date
    public var to: Date
    public var rows: [Row]
    public var summary: Summary

    /// The recap of `[from, to)` from the callbacks and their history lines (other lines are ignored).
    public init(
        from: Date, to: Date, callbacks: [Callback], history: [CallbackHistoryEntry], outcomes: [CallbackOutcome]
    ) {
        self.from = from
        self.to = to
        let inPeriod = { (d: Date) in d >= from && d < to }
        var attemptsByCallback: [Int64: [Attempt]] = [:]
        for h in history where h.action == .attempt {
            attemptsByCallback[h.callbackID, default: []].append(
                Attempt(at: h.at, agent: h.actor, outcome: h.outcome ?? "", note: h.note))
        }
        let reached = Set(outcomes.filter(\.reached).map(\.code))
        var rows: [Row] = []
        var s = Summary()
        for cb in callbacks.sorted(by: { ($0.createdAt, $0.id ?? 0) < ($1.createdAt, $1.id ?? 0) }) {
            let attempts = (attemptsByCallback[cb.id ?? -1] ?? []).sorted { $0.at < $1.at }
            let periodAttempts = attempts.filter { inPeriod($0.at) }
            guard inPeriod(cb.createdAt) || !periodAttempts.isEmpty else { continue }
            rows.append(Row(callback: cb, attempts: attempts))
            s.callbacks += 1
            if inPeriod(cb.createdAt) { s.recorded += 1 }
            for a in periodAttempts {
                s.attempts += 1
                s.byOutcome[a.outcome, default: 0] += 1
                if reached.contains(a.outcome) { s.reachedAttempts += 1 }
            }
            switch cb.status {
            case .resolved: s.resolved += 1
            case .closed:
                s.closed += 1
                if cb.closeReason == CallbackPolicy.exhausted { s.exhausted += 1 }
            case .cancelled: s.cancelled += 1
            case .open, .inProgress: s.open += 1
            }
        }
        self.rows = rows
        summary = s
    }
}
