import ArgumentParser

/// `pandu acd …`: the ACD's queue_log, the agent map and the trunk attempt counts.
public struct AcdCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "acd",
        abstract: "Import Asterisk queue_log (file or database export), map ACD agents to people, import trunk counts.",
        subcommands: [AcdImport.self, AcdMap.self, AcdTrunkCommand.self])
    public init() {}
}
