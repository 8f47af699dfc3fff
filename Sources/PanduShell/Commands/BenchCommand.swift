import ArgumentParser

/// `pandu bench …` (hidden): in-process measurements that `scripts/bench` reports.
public struct BenchCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "bench", abstract: "In-process benchmarks for scripts/bench.", shouldDisplay: false,
        subcommands: [BenchSearch.self, BenchCheck.self, BenchSeedSessions.self])
    public init() {}
}
