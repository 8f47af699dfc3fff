import Foundation
import Testing

@testable import PanduMetrics

/// `scripts/grafana/pandu-dashboard.json` is a Grafana dashboard over the metrics `/metrics` really exposes.
@Suite struct GrafanaDashboardTests {
    static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("scripts/grafana/pandu-dashboard.json")

    static func dashboard() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
    }

    static func panels(_ d: [String: Any]) -> [[String: Any]] {
        d["panels"] as? [[String: Any]] ?? []
    }

    @Test func hasTheDashboardFieldsAndADatasourceVariable() throws {
        let d = try Self.dashboard()
        #expect(d["title"] as? String != nil)
        #expect(d["uid"] as? String == "pandu-live")
        #expect((d["schemaVersion"] as? Int ?? 0) >= 30)
        let variables = (d["templating"] as? [String: Any])?["list"] as? [[String: Any]] ?? []
        #expect(
            variables.contains {
                $0["name"] as? String == "datasource" && $0["type"] as? String == "datasource"
            })
        var ids = Set<Int>()
        for panel in Self.panels(d) {
            let id = try #require(panel["id"] as? Int)
            #expect(ids.insert(id).inserted, "panel ids are unique")
            let grid = try #require(panel["gridPos"] as? [String: Int])
            #expect(grid["w"] != nil && grid["h"] != nil && grid["x"] != nil && grid["y"] != nil)
            guard panel["type"] as? String != "row" else { continue }
            let source = panel["datasource"] as? [String: String]
            #expect(
                source?["uid"] == "${datasource}",
                "panel \(panel["title"] ?? "") uses the datasource variable")
            #expect(!(panel["targets"] as? [[String: Any]] ?? []).isEmpty)
        }
    }

    @Test func everyQueriedMetricIsExposedOrListedFromAnotherArea() throws {
        let d = try Self.dashboard()
        let exprs = Self.panels(d).flatMap {
            ($0["targets"] as? [[String: Any]] ?? []).compactMap { $0["expr"] as? String }
        }
        let regex = try NSRegularExpression(pattern: "pandu_[a-z0-9_]+")
        let used = Set(
            exprs.flatMap { e in
                regex.matches(in: e, range: NSRange(e.startIndex..., in: e)).compactMap {
                    Range($0.range, in: e).map { String(e[$0]) }
                }
            })
        let known = Set(
            MetricsCatalogue.snapshot + MetricsCatalogue.server + MetricsCatalogue.providerFamilies)
        #expect(used.subtracting(known).isEmpty, "unknown metrics: \(used.subtracting(known).sorted())")
        for needed in [
            "pandu_queue_service_level_ratio", "pandu_queue_abandon_ratio", "pandu_queue_asa_seconds",
            "pandu_agents",
            "pandu_queue_waiting_calls", "pandu_recovery_plans_open", "pandu_callbacks_open",
            "pandu_escalations_open",
            "pandu_qc_compliance_ratio",
        ] {
            #expect(used.contains(needed), "a panel shows \(needed)")
        }
    }
}
