import ArgumentParser

/// `pandu qc evaluations …`.
public struct QCEvaluationsCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "evaluations", abstract: "List and show QC evaluations you may see.",
        subcommands: [QCEvaluationsList.self, QCEvaluationsShow.self], defaultSubcommand: QCEvaluationsList.self)
    public init() {}
}
