import ArgumentParser

/// `pandu qc …`: quality control against S-01 / S-03 / S-11.
public struct QCCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "qc", abstract: "Score transcripts against the service standards.", subcommands: [QCAuto.self])
    public init() {}
}
