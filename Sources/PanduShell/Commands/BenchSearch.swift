import ArgumentParser
import Foundation
import PanduCore

/// `pandu bench search`: index build time and per-query latency of `kb` and `dir`.
public struct BenchSearch: ContextCommand {
    public static let configuration = CommandConfiguration(commandName: "search", abstract: "kb / dir search latency.")

    @OptionGroup public var global: GlobalOptions
    @Option(help: "Queries per kind.") var iterations = 2000

    public init() {}
    public var needsIdentity: Bool { false }

    public func execute(_ context: AppContext, as person: Person?) throws {
        let started = DispatchTime.now()
        let index = try context.search()
        _ = try index.searchArticles("modem", limit: 5)
        let build = Latency.milliseconds(since: started)
        let kbQueries = ["lampu los merah", "bayar tagihan", "pindah alamat", "ganti password wifi", "isolir", "paket indihome"]
        let dirQueries = ["rumah sakit bandung", "kantor pos surabaya", "bank medan", "hotel denpasar", "sekolah jakarta", "polres makassar"]
        let kb = try Latency.measure(iterations) { i in _ = try index.searchArticles(kbQueries[i % kbQueries.count], limit: 5) }
        let dir = try Latency.measure(iterations) { i in _ = try index.searchDirectory(dirQueries[i % dirQueries.count], limit: 8) }
        context.output.line(String(format: "search index build (first query included): %.2f ms", build))
        context.output.line(kb.summary("kb"))
        context.output.line(dir.summary("dir"))
    }
}

/// Latency samples and their percentiles.
struct Latency {
    var samples: [Double]

    /// Runs `body` `count` times, timing each run in milliseconds.
    static func measure(_ count: Int, _ body: (Int) throws -> Void) rethrows -> Latency {
        var samples: [Double] = []
        samples.reserveCapacity(count)
        for i in 0..<count {
            let start = DispatchTime.now()
            try body(i)
            samples.append(milliseconds(since: start))
        }
        return Latency(samples: samples.sorted())
    }

    static func milliseconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6
    }

    func percentile(_ p: Double) -> Double {
        guard !samples.isEmpty else { return 0 }
        return samples[min(samples.count - 1, Int(Double(samples.count) * p))]
    }

    func summary(_ name: String) -> String {
        "\(name): n=\(samples.count) " + String(format: "p50=%.3f ms p99=%.3f ms max=%.3f ms", percentile(0.5), percentile(0.99), samples.last ?? 0)
    }
}
