import ArgumentParser

extension PanduCommand {
    /// The program's entry: `pandu` alone is the agent starting a shift, so it goes straight to the shell;
    /// any arguments go through the whole command tree. Parsing the root builds every subcommand's argument
    /// set and checks for a completion-script request first, about a sixth of the start-up the agent waits
    /// for (DESIGN.md: under 50 ms to the login prompt). Errors and exit codes are those of `main()`.
    public static func launch(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) {
        guard arguments.isEmpty else { return main(arguments) }
        do {
            try ShellCommand.parse([]).run()
        } catch {
            ShellCommand.exit(withError: error)
        }
    }
}
