import ArgumentParser
import Foundation
import PanduCore
import PanduMetrics

/// `pandu serve`: the live figures on `/metrics` (Prometheus text format 0.0.4) and `/healthz`.
public struct ServeCommand: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve /metrics (Prometheus text format) and /healthz over HTTP.",
        discussion: """
            Exposes the floor's live figures for Prometheus and Grafana (scripts/grafana/pandu-dashboard.json): \
            per service the current interval's offered / answered / abandoned calls, SL, abandon ratio, ASA and \
            AHT, callers waiting and the longest wait; agents by state, late, absent and over their AUX allowance; \
            open recovery plans; the TelkomCare waiting list; Tier 2 callbacks and escalations open and overdue; the \
            QC compliance ratio of the last 30 days. Names start with pandu_; times are seconds and \
            rates ratios 0..1. Stops cleanly on Ctrl-C (SIGINT) or SIGTERM. --port 0 picks a free port (printed). \
            Needs no login: it reads the store and publishes aggregates only, no customer data.
            """)

    @OptionGroup public var global: GlobalOptions
    @Option(help: "TCP port (0 = any free port).") var port: Int = 9464
    @Option(help: "IPv4 address to listen on (0.0.0.0 for every interface).") var host: String =
        "127.0.0.1"

    public init() {}

    public var needsIdentity: Bool { false }

    public func validate() throws {
        guard (0...65_535).contains(port) else {
            throw ValidationError("--port must be between 0 and 65535")
        }
    }

    public func execute(_ context: AppContext, as person: Person?) throws {
        let endpoint = MetricsEndpoint(
            reader: try MonitorCommand.reader(context), providers: Self.providers(context),
            clock: context.clock)
        let server = try HTTPServer(host: host, port: port)
        let stop = StopFlag()
        stop.watchSignals()
        context.output.line(context.messages(.serveListening, host, String(server.port)))
        server.run(until: stop) { endpoint.respond($0) }
        context.output.error(context.messages(.serveStopped))
    }

    /// The metric providers beyond the floor snapshot: callbacks and escalations open / overdue, the QC
    /// compliance rate. A store without those tables simply has no such families.
    static func providers(_ context: AppContext) -> [any MetricsProvider] {
        var providers: [any MetricsProvider] = []
        if let followUps = try? context.followUps(), let policy = try? context.callbackPolicy() {
            providers.append(FollowUpMetrics(store: followUps, policy: policy))
        }
        if let qc = try? context.qcStore() { providers.append(QCMetrics(store: qc)) }
        return providers
    }
}
