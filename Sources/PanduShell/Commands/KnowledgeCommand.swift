import ArgumentParser

/// `pandu knowledge …`: the contact center's rules and content under `knowledge/`.
public struct KnowledgeCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "knowledge", abstract: "Validate the knowledge folder.", subcommands: [KnowledgeCheck.self])
    public init() {}
}
