import PanduCore

/// Measures how long checking one utterance takes, as the agent would wait for it in the shell.
public struct CheckLatency: Sendable {
    /// Percentiles of one measurement, in microseconds.
    public struct Report: Hashable, Sendable, CustomStringConvertible {
        public var iterations: Int
        /// Parameter results produced per check (also keeps the work from being optimised away).
        public var resultsPerCheck: Int
        public var p50: Double
        public var p99: Double
        public var max: Double

        public var description: String {
            "check one utterance (\(resultsPerCheck) results): n=\(iterations) p50=\(Self.format(p50)) µs p99=\(Self.format(p99)) µs max=\(Self.format(max)) µs"
        }

        static func format(_ d: Double) -> String { String(Double(Int(d * 10)) / 10) }
    }

    public let checker: PhraseChecker

    /// A latency meter for `checker`.
    public init(checker: PhraseChecker) { self.checker = checker }

    /// Checks the newest agent turn of `transcript` against `parameters` `iterations` times.
    public func measure(_ transcript: Transcript, parameters: [ParameterID], iterations: Int = 10_000) -> Report {
        let clock = ContinuousClock()
        var samples: [Double] = []
        samples.reserveCapacity(iterations)
        var produced = 0
        for _ in 0..<max(1, iterations) {
            let start = clock.now
            produced = checker.checkLatestTurn(of: transcript, parameters: parameters).count
            let elapsed = clock.now - start
            samples.append(Double(elapsed.components.attoseconds) / 1e12 + Double(elapsed.components.seconds) * 1e6)
        }
        samples.sort()
        func percentile(_ p: Double) -> Double { samples[min(samples.count - 1, Int(Double(samples.count) * p))] }
        return Report(
            iterations: samples.count, resultsPerCheck: produced, p50: percentile(0.5), p99: percentile(0.99),
            max: samples.last ?? 0)
    }

    /// A typical live check: a 147 Tier 1 agent writes an empathy-and-verification turn mid-call.
    public static var sampleTranscript: Transcript {
        Transcript(
            id: "latency", service: "147", tier: "T1", channel: .voice, scope: "snippet", localTime: "10:15",
            timezone: .wib, agentName: "Dimas", customerName: "Sari",
            context: ["complaint": true],
            turns: [
                .agent("Selamat pagi, Telkom 147, dengan Dimas. Ada yang bisa saya bantu?"),
                .customer("Mas, internet saya mati dari kemarin sore."),
                .agent(
                    "Mohon maaf atas ketidaknyamanannya, Ibu Sari. Untuk verifikasi, mohon sebutkan nomor internet dan nama pemilik yang terdaftar, ya."
                ),
            ])
    }
}
