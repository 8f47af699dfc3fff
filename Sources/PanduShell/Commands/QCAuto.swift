import ArgumentParser
import Foundation
import PanduCore
import PanduKnowledge

/// `pandu qc auto [FILE|-]`: the automatic QC sheet of one transcript (JSON) or many (JSON Lines).
public struct QCAuto: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "auto",
        abstract: "Score transcripts (JSON or JSON Lines) parameter by parameter; bad lines are named on stderr.",
        discussion: """
            The standard is chosen from service, tier and channel (108 → DRAFT-108, 147 T1 → DRAFT-147-T1,
            147 T2 or outbound → DRAFT-147-T2, socmed → DRAFT-SOSMED) unless --standard names one. Output per
            transcript: {"id", "standard", "results": {PARAM: {"verdict", "evidence", "suggestion"}}, "score",
            "fatal", "overall"}. Exit 1 if any input line was invalid.
            """)

    @OptionGroup public var global: GlobalOptions
    @Argument(help: "A transcript file (JSON or JSON Lines); - or nothing for stdin.") var file: String?
    @Option(help: "json, jsonl or text (a readable QC sheet).") var format: String = "json"
    @Option(help: "Score with this standard, e.g. DRAFT-147-T1.") var standard: String?

    public init() {}
    public var needsIdentity: Bool { false }

    public func execute(_ context: AppContext, as person: Person?) throws {
        let m = context.messages
        guard let chosen = QCAutoRunner.Format(rawValue: format) else {
            throw ShellError.usage(
                m(.badFormat, format, QCAutoRunner.Format.allCases.map(\.rawValue).joined(separator: ", ")))
        }
        let checker = try PhraseChecker(standards: try context.standards())
        if let standard, checker.standards.standard(StandardID(standard)) == nil {
            let known = checker.standards.standards.map(\.id.rawValue).joined(separator: ", ")
            throw ShellError.usage(m(.unknownStandard, standard, known))
        }
        let input: Data
        if let file, file != "-" {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw ShellError.usage(m(.cannotRead, file))
            }
            input = data
        } else {
            input = FileHandle.standardInput.readDataToEndOfFile()
        }
        let runner = QCAutoRunner(checker: checker, format: chosen, standardOverride: standard.map { StandardID($0) })
        let summary = runner.run(
            input: input, buffers: { context.output.raw(buffer: $0) }, diagnostics: { context.output.error($0) })
        if summary.invalid > 0 { throw ShellError.failure(m(.qcInvalidLines, summary.invalid, summary.scored)) }
    }
}
