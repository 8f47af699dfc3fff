import ArgumentParser

/// `pandu roster …`: the agents' shifts (P-10, RTM: roster validated H-1).
public struct RosterCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "roster", abstract: "Import and show the roster (shifts, planned breaks, AUX allowance, posduk).",
        subcommands: [RosterImport.self, RosterShow.self])
    public init() {}
}
