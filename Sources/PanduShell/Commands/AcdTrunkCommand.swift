import ArgumentParser

/// `pandu acd trunk …`: the switch's call attempt counts, the input of SCR.
public struct AcdTrunkCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "trunk", abstract: "Import the switch's call attempts per interval (for SCR).",
        subcommands: [AcdTrunkImport.self])
    public init() {}
}
