import Foundation
import PanduCore

/// The floor snapshot as metric families (`pandu_` prefix, base units: seconds, ratios 0..1). Counts of the
/// current interval are gauges (they restart every interval); a measure with no denominator yet has no sample.
public enum SnapshotMetrics {
    /// Every family of the snapshot, in `MetricsCatalogue.snapshot` order.
    public static func families(_ s: MonitorSnapshot) -> [MetricFamily] {
        queueFamilies(s) + agentFamilies(s) + planFamilies(s) + socialFamilies(s)
    }

    static func queueFamilies(_ s: MonitorSnapshot) -> [MetricFamily] {
        func family(_ name: String, _ help: String, _ value: (QueueFigures) -> Double?) -> MetricFamily {
            MetricFamily(
                name: name, help: help,
                samples: s.queues.compactMap { q in
                    value(q).map { .init([.init("service", q.service)], $0) }
                })
        }
        var targets = MetricFamily(
            name: "pandu_queue_target",
            help: "Target of a queue measure from knowledge/targets.yaml (ratio or seconds).")
        for q in s.queues {
            for t in q.targets {
                targets.samples.append(
                    .init(
                        [
                            .init("service", q.service), .init("measure", t.measure), .init("bound", t.direction),
                        ], t.bound))
            }
        }
        return [
            MetricFamily(
                name: "pandu_interval_start_timestamp_seconds",
                help: "Start of the current KPI interval (Unix time).",
                samples: [.init([], Double(s.interval.start))]),
            family("pandu_queue_offered", "Calls offered in the current interval.") {
                Double($0.row.counts.offered)
            },
            family("pandu_queue_answered", "Calls answered in the current interval.") {
                Double($0.row.counts.answered)
            },
            family("pandu_queue_abandoned", "Calls abandoned in the current interval.") {
                Double($0.row.counts.abandoned)
            },
            family("pandu_queue_waiting_calls", "Callers waiting in queue now.") {
                Double($0.live.waiting)
            },
            family(
                "pandu_queue_longest_wait_seconds", "Wait of the longest-waiting caller now (0 when none)."
            ) {
                Double($0.live.longestWaitSeconds ?? 0)
            },
            family(
                "pandu_queue_service_level_ratio", "Regulator service level of the current interval (0..1)."
            ) {
                $0.value("sl_regulator")
            },
            family("pandu_queue_abandon_ratio", "Abandoned / offered in the current interval (0..1).") {
                $0.value("abandon_rate")
            },
            family("pandu_queue_asa_seconds", "Average speed of answer in the current interval.") {
                $0.value("asa")
            },
            family("pandu_queue_aht_seconds", "Average handling time in the current interval.") {
                $0.value("aht")
            },
            targets,
        ]
    }

    static func agentFamilies(_ s: MonitorSnapshot) -> [MetricFamily] {
        let byState = MetricFamily(
            name: "pandu_agents", help: "Agents by current state.",
            samples: s.agentsByState.map { .init([.init("state", $0.state)], Double($0.count)) })
        var aux: [String: Int] = [:]
        for a in s.agents { if case .aux(let reason) = a.state { aux[reason, default: 0] += 1 } }
        return [
            byState,
            MetricFamily(
                name: "pandu_agents_aux", help: "Agents in AUX now, by reason.",
                samples: aux.keys.sorted().map { .init([.init("reason", $0)], Double(aux[$0]!)) }),
            MetricFamily(
                name: "pandu_agents_late", help: "Agents whose login today was late against the roster.",
                samples: [.init([], Double(s.agents.filter(\.late).count))]),
            MetricFamily(
                name: "pandu_agents_absent", help: "Rostered agents with no login in their shift today.",
                samples: [.init([], Double(s.agents.filter(\.absent).count))]),
            MetricFamily(
                name: "pandu_agents_over_aux_allowance",
                help: "Agents over their AUX allowance in today's shift.",
                samples: [.init([], Double(s.agents.filter(\.overAuxAllowance).count))]),
        ]
    }

    static func planFamilies(_ s: MonitorSnapshot) -> [MetricFamily] {
        [
            MetricFamily(
                name: "pandu_recovery_plans_open", help: "Recovery plans not verified yet, by status.",
                samples: [RecoveryPlan.Status.open, .acting].map { status in
                    .init(
                        [.init("status", status.rawValue)], Double(s.plans.filter { $0.status == status }.count)
                    )
                })
        ]
    }

    static func socialFamilies(_ s: MonitorSnapshot) -> [MetricFamily] {
        guard let social = s.social else { return [] }
        var families = [
            MetricFamily(
                name: "pandu_social_waiting", help: "TelkomCare conversations waiting for a first reply.",
                samples: [.init([], Double(social.kpi.waiting))]),
            MetricFamily(
                name: "pandu_social_oldest_wait_seconds",
                help: "Age of the oldest waiting conversation (0 when none).",
                samples: [.init([], social.kpi.oldestWaitingSeconds ?? 0)]),
        ]
        if let median = social.kpi.frtMedian {
            families.append(
                MetricFamily(
                    name: "pandu_social_first_response_median_seconds",
                    help: "Median first response time of today's conversations.", samples: [.init([], median)]
                ))
        }
        if let rate = social.kpi["response_rate"]?.value {
            families.append(
                MetricFamily(
                    name: "pandu_social_response_ratio",
                    help: "Conversations replied / received today (0..1).",
                    samples: [.init([], rate)]))
        }
        return families
    }
}
