import Foundation
import PanduCore
import PanduStore

/// Turns KPI rows that miss a target into recovery plans (P-10 §6.5): observed vs target, an Erlang C
/// estimate of the agents the next interval needs to reach the service's SL target with this interval's
/// offered load and AHT (spec §3.8), the agents who were logged in, and a suggested action.
struct RecoveryScanner {
    let targets: KPITargets
    let messages: Messages

    /// A plan for every missed measure of every row whose interval has ended by `now`.
    func plans(
        _ rows: [KPIReportRow], staffed: (TimeSpan) -> Int?, now: Date, by person: PersonCode, owner: PersonCode?
    )
        -> [RecoveryPlan]
    {
        rows.filter { $0.span.endDate <= now }.flatMap { row in
            row.misses.compactMap { m -> RecoveryPlan? in
                guard let verdict = row.verdict(m), let value = m.value else { return nil }
                let load = erlang(row)
                let agents = staffed(row.span)
                var plan = RecoveryPlan(
                    scope: row.scope, measure: m.name, intervalStart: row.span.startDate, intervalEnd: row.span.endDate,
                    observed: value, target: verdict.target.bound, direction: verdict.target.direction,
                    offered: row.voice?.counts.offered ?? row.social?.received, ahtSeconds: load.aht,
                    agentsNeeded: load.needed, agentsStaffed: agents, owner: owner ?? person, openedAt: now,
                    openedBy: person)
                plan.suggestion = suggestion(plan, row: row, unit: m.unit)
                return plan
            }
        }
    }

    /// Erlang C positions for the service's SL target with the interval's calls and AHT; nil without calls,
    /// AHT or an SL target.
    func erlang(_ row: KPIReportRow) -> (aht: Double?, needed: Int?) {
        guard let voice = row.voice else { return (nil, nil) }
        let aht = voice.value("aht") ?? voice.value("att")
        let service = row.service
        let config = service.config
        let (target, answer): (Double?, Int) =
            if let t = service.target("sl_regulator")?.min {
                (t, config.regulatorAnswerSeconds)
            } else if let t = config.thresholds.compactMap({ th in service.target("sl_\(th)")?.min.map { ($0, th) } })
                .first
            {
                (t.0, t.1)
            } else {
                (nil, config.regulatorAnswerSeconds)
            }
        guard let aht, aht > 0, voice.counts.offered > 0, let target else { return (aht, nil) }
        let d = targets.defaults
        let need = try? ErlangC(
            transactions: Double(voice.counts.offered), intervalSeconds: Double(row.span.seconds), ahtSeconds: aht,
            targetAnswerSeconds: Double(answer), shrinkage: d.erlangShrinkage
        ).requiredPositions(serviceLevel: target, maxOccupancy: d.maxOccupancy)
        return (aht, need?.positions)
    }

    func suggestion(_ p: RecoveryPlan, row: KPIReportRow, unit: Measure.Unit) -> String {
        let shown = { (v: Double) in unit == .ratio ? String(format: "%.1f%%", v * 100) : String(format: "%.0f", v) }
        let head = messages(
            .recoveryObserved, p.measure, shown(p.observed), p.direction == "min" ? "≥" : "≤", shown(p.target))
        let action: String
        switch p.measure {
        case "scr", "blocked_rate": action = messages(.recoveryActionAccess)
        case "aht", "att", "avg_acw", "avg_hold": action = messages(.recoveryActionHandling)
        default:
            if row.social != nil {
                action = messages(.recoveryActionSocial)
            } else if let n = p.agentsNeeded {
                let more = p.agentsStaffed.map { max(0, n - $0) }
                action = messages(
                    .recoveryActionStaff, n, p.agentsStaffed.map(String.init) ?? "?", more.map(String.init) ?? "?")
            } else {
                action = messages(.recoveryActionFloor)
            }
        }
        return head + " " + action
    }
}
