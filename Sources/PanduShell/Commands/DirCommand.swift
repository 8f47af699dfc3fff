import ArgumentParser
import PanduCore

/// `pandu dir …`: 108 directory search (the default) and its corrections.
public struct DirCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "dir",
        abstract: "Search the 108 directory (name, category, city); propose and decide corrections.",
        discussion:
            "'pandu dir WORDS' searches. Anyone may propose a correction ('dir correct', or 'dir-fix' in the shell); a person with the data-entry skill (or an admin) approves or rejects it ('dir corrections'). Approved corrections are applied on top of knowledge/directory when the search index is built.",
        subcommands: [DirSearch.self, DirCorrect.self, DirCorrectionsCommand.self, DirHistory.self],
        defaultSubcommand: DirSearch.self)
    public init() {}
}
