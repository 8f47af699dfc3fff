import Foundation
import PanduCore
import PanduStore
import Testing

/// Timings behind the performance figures; they print and never fail on time (DESIGN.md: budgets live in
/// benchmarks, not in timed unit tests). Run with a release build:
/// `PANDU_BENCH=1 swift test -c release --scratch-path .build-store --filter StoreBenchmarks`
@Suite("Store benchmarks", .enabled(if: ProcessInfo.processInfo.environment["PANDU_BENCH"] != nil), .serialized)
struct StoreBenchmarks {
    @Test func pinHashing() throws {
        let hasher = PINHasher()
        let stored = try hasher.hash(pin: "482913")
        let samples = (0..<10).map { _ in measure { _ = hasher.verify(pin: "482913", against: stored) } }
        report("PBKDF2-SHA256 \(PINHasher.defaultRounds) rounds, one hash", samples)
    }

    @Test func searchBuildAndQuery() throws {
        let directory = SearchFixtures.bulkDirectory(2_000)
        let articles = SearchFixtures.bulkArticles(50)
        let builds = try (0..<10).map { _ in
            let index = try SearchIndex(articles: articles, directory: directory)
            return measure { try? index.prepare() }
        }
        report("FTS build, 2,000 directory rows + 50 articles", builds)
        let index = try SearchIndex(articles: articles, directory: directory)
        try index.prepare()
        let queries = ["rumah sakit bandung", "hotel jaya", "bank sent", "dinas medan", "sma negeri 3", "xyzzy plugh"]
        var all: [Sample] = []
        for query in queries {
            let directoryRuns = (0..<100).map { _ in measure { _ = try? index.searchDirectory(query, limit: 10) } }
            let articleRuns = (0..<100).map { _ in measure { _ = try? index.searchArticles(query, limit: 10) } }
            report("search directory \"\(query)\"", directoryRuns)
            report("search articles \"\(query)\"", articleRuns)
            all += directoryRuns + articleRuns
        }
        report("search, all queries", all)
    }

    @Test func appendLatency() throws {
        try Fixtures.withStore { store throws in
            try store.createSession(Fixtures.session("S-1"))
            let samples = (0..<2_000).map { n in
                measure {
                    _ = try? store.append(HandlingEvent(sessionID: "S-1", actor: "1001", at: Fixtures.at(Double(n)),
                                                        type: .utterance, data: ["text": "Selamat pagi", "n": .number(Double(n))]))
                }
            }
            report("append one event (own transaction)", samples)
        }
    }

    /// Wall time and this thread's CPU time of one run; CPU time shows the work itself when the
    /// machine is busy with other processes.
    struct Sample {
        var wall: Double
        var cpu: Double
    }

    private func measure(_ body: () -> Void) -> Sample {
        let (wall, cpu) = (DispatchTime.now().uptimeNanoseconds, threadCPUNanoseconds())
        body()
        return Sample(wall: Double(DispatchTime.now().uptimeNanoseconds - wall) / 1e6,
                      cpu: Double(threadCPUNanoseconds() - cpu) / 1e6)
    }

    private func threadCPUNanoseconds() -> UInt64 {
        var now = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
        return UInt64(now.tv_sec) * 1_000_000_000 + UInt64(now.tv_nsec)
    }

    private func report(_ what: String, _ samples: [Sample]) {
        func stats(_ values: [Double]) -> String {
            let sorted = values.sorted()
            let pick = { (q: Double) in sorted[min(sorted.count - 1, Int(Double(sorted.count) * q))] }
            return String(format: "min %.3f  median %.3f  p99 %.3f  max %.3f", sorted[0], pick(0.5), pick(0.99), sorted.last!)
        }
        print("BENCH \(what) [ms, n=\(samples.count)]\n  wall \(stats(samples.map(\.wall)))\n  cpu  \(stats(samples.map(\.cpu)))")
    }
}
