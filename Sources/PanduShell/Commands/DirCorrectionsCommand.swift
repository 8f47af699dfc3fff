import ArgumentParser

/// `pandu dir corrections …`: data entry's queue.
public struct DirCorrectionsCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "corrections", abstract: "Proposed directory corrections: list, approve, reject (data entry).",
        subcommands: [DirCorrectionsList.self, DirCorrectionsApprove.self, DirCorrectionsReject.self])
    public init() {}
}
