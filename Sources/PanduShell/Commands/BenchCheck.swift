import ArgumentParser
import PanduCore

/// `pandu bench check`: p50 / p99 of checking one utterance live, as the shell does at each `say`.
public struct BenchCheck: ContextCommand {
    public static let configuration = CommandConfiguration(commandName: "check", abstract: "One-utterance check latency.")

    @OptionGroup public var global: GlobalOptions
    @Option(help: "Checks to time.") var iterations = 20_000

    public init() {}
    public var needsIdentity: Bool { false }

    public func execute(_ context: AppContext, as person: Person?) throws {
        let checker = try PhraseChecker(standards: try context.standards())
        let sample = CheckLatency.sampleTranscript
        let parameters = checker.standardID(for: sample).map { checker.standards.parameterIDs(of: $0) } ?? []
        let report = CheckLatency(checker: checker).measure(sample, parameters: parameters, iterations: iterations)
        context.output.line("utterance check: \(report)")
    }
}
