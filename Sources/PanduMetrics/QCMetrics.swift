import Foundation
import PanduCore
import PanduStore

/// The QC compliance rate for `/metrics`: the share of QC evaluations judged pass over a trailing window.
public struct QCMetrics: MetricsProvider {
    let store: any QCStore
    /// How far back evaluated contacts count (by the contact's time).
    let window: TimeInterval

    /// A provider over `store`, counting evaluations of contacts of the last `days` days.
    public init(store: any QCStore, days: Int = 30) {
        self.store = store
        window = TimeInterval(days) * 86_400
    }

    /// Pass ratio and the number of evaluations behind it (calibration forms excluded).
    public func families(at now: Date) throws -> [MetricFamily] {
        let judged = try store.evaluations(EvaluationQuery(from: now.addingTimeInterval(-window), to: now))
            .filter { $0.overall == .pass || $0.overall == .fail }
        let passed = judged.filter { $0.overall == .pass }.count
        let days = String(Int(window / 86_400))
        var families = [
            MetricFamily(
                name: "pandu_qc_evaluations", help: "QC evaluations with an overall verdict, of contacts in the trailing window.",
                samples: [.init([.init("window_days", days)], Double(judged.count))])
        ]
        if !judged.isEmpty {
            families.append(
                MetricFamily(
                    name: "pandu_qc_compliance_ratio",
                    help: "Share of QC evaluations of contacts in the trailing window whose overall verdict is pass.",
                    samples: [.init([.init("window_days", days)], Double(passed) / Double(judged.count))]))
        }
        return families
    }
}
