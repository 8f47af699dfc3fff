import ArgumentParser

/// `pandu sessions …`: recorded contacts.
public struct SessionsCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "sessions",
        abstract: "List, show and export recorded contacts.",
        subcommands: [SessionsList.self, SessionsShow.self, SessionsExport.self])
    public init() {}
}
