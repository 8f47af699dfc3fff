import Foundation
import PanduCore
import PanduStore

/// Callbacks and escalations open and overdue (issue 4's follow-up work) for `/metrics`.
public struct FollowUpMetrics: MetricsProvider {
    let store: any FollowUpStore
    let policy: CallbackPolicy

    /// A provider over `store`; a callback is overdue once past its agent hold under `policy`.
    public init(store: any FollowUpStore, policy: CallbackPolicy) {
        self.store = store
        self.policy = policy
    }

    /// Open and overdue counts, callbacks by status and escalations by level.
    public func families(at now: Date) throws -> [MetricFamily] {
        let callbacks = try store.callbacks(CallbackQuery(statuses: [.open, .inProgress]))
        let escalations = try store.escalations(EscalationQuery(statuses: [.open, .acknowledged]))
        let levels = Set(escalations.map(\.level)).sorted()
        func byLevel(_ keep: (Escalation) -> Bool) -> [MetricFamily.Sample] {
            levels.map { level in
                .init([.init("level", level)], Double(escalations.filter { $0.level == level && keep($0) }.count))
            }
        }
        return [
            MetricFamily(
                name: "pandu_callbacks_open", help: "Tier 2 callbacks waiting or being called, by status.",
                samples: [CallbackStatus.open, .inProgress].map { status in
                    .init([.init("status", status.rawValue)], Double(callbacks.filter { $0.status == status }.count))
                }),
            MetricFamily(
                name: "pandu_callbacks_overdue",
                help: "Active callbacks past the agent hold of knowledge/callbacks.yaml (fallen back to the team).",
                samples: [.init([], Double(callbacks.filter { $0.isOverdue(at: now, policy: policy) }.count))]),
            MetricFamily(
                name: "pandu_escalations_open", help: "Escalations open or acknowledged, by level.",
                samples: byLevel { _ in true }),
            MetricFamily(
                name: "pandu_escalations_overdue", help: "Pending escalations past their SLA due time, by level.",
                samples: byLevel { $0.isOverdue(at: now) }),
        ]
    }
}
