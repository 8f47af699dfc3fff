import Foundation
import PanduCore

/// What `pandu serve` answers: `/metrics` (the floor snapshot plus every provider, in the text format) and
/// `/healthz`. A failing snapshot or provider still gives a valid page with `pandu_up 0` or an error count.
public struct MetricsEndpoint: Sendable {
    public let reader: SnapshotReader
    public let providers: [any MetricsProvider]
    public let clock: any Clock

    /// An endpoint over the floor's records, the extra providers and the clock.
    public init(reader: SnapshotReader, providers: [any MetricsProvider] = [], clock: any Clock) {
        self.reader = reader
        self.providers = providers
        self.clock = clock
    }

    /// Routes one request.
    public func respond(_ request: HTTPServer.Request) -> HTTPServer.Response {
        switch request.path {
        case "/metrics":
            HTTPServer.Response(status: 200, contentType: MetricsExposition.contentType, body: metrics())
        case "/healthz": HTTPServer.Response(status: 200, body: "ok\n")
        case "/": HTTPServer.Response(status: 200, body: "pandu: see /metrics and /healthz\n")
        default: HTTPServer.Response(status: 404, body: "not found\n")
        }
    }

    /// The `/metrics` page at the clock's now.
    public func metrics() -> String {
        let started = Date()
        let now = clock.now()
        var families: [MetricFamily] = []
        var up = 1.0
        do {
            families += SnapshotMetrics.families(try reader.snapshot(at: now))
        } catch {
            up = 0
        }
        var errors = 0
        for provider in providers {
            do { families += try provider.families(at: now) } catch { errors += 1 }
        }
        families += [
            MetricFamily(
                name: "pandu_up", help: "1 when the floor's records could be read for this scrape.",
                samples: [.init([], up)]),
            MetricFamily(
                name: "pandu_provider_errors", help: "Metric providers that failed during this scrape.",
                samples: [.init([], Double(errors))]),
            MetricFamily(
                name: "pandu_scrape_duration_seconds", help: "Time taken to build this page.",
                samples: [.init([], Date().timeIntervalSince(started))]),
        ]
        return MetricsExposition.render(families)
    }
}
