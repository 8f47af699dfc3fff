import Foundation

/// One metric of the Prometheus text exposition format 0.0.4: name, help, type and its samples.
public struct MetricFamily: Hashable, Sendable {
    /// The metric types Pandu exposes.
    public enum Kind: String, Hashable, Sendable {
        case gauge, counter
    }

    /// One sample: label pairs (in the order given) and the value.
    public struct Sample: Hashable, Sendable {
        public var labels: [Label]
        public var value: Double

        /// Creates the value from its parts.
        public init(_ labels: [Label] = [], _ value: Double) {
            self.labels = labels
            self.value = value
        }
    }

    /// One label pair.
    public struct Label: Hashable, Sendable {
        public var name: String
        public var value: String

        /// Creates the value from its parts.
        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    public var name: String
    public var help: String
    public var kind: Kind
    public var samples: [Sample]

    /// Creates the value from its parts.
    public init(name: String, help: String, kind: Kind = .gauge, samples: [Sample] = []) {
        self.name = name
        self.help = help
        self.kind = kind
        self.samples = samples
    }
}

/// Adds metric families to `/metrics` beyond the floor snapshot: the hook other areas plug into (callbacks and
/// escalations open / overdue, QC compliance rate; see `MetricsCatalogue.providerFamilies`).
public protocol MetricsProvider: Sendable {
    /// The provider's families at `now`; a throw is reported as `pandu_provider_errors` and never fails a scrape.
    func families(at now: Date) throws -> [MetricFamily]
}
