import ArgumentParser
import Foundation

/// `pandu shell` (the default): the agent shell for a whole shift.
public struct ShellCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "shell",
        abstract: "The agent shell: log in, set ready / AUX, and work contacts step by step (default command).")

    @OptionGroup public var global: GlobalOptions

    public init() {}

    public func run() throws {
        let facts = TerminalFacts.live
        let output = Output.standard(colour: facts.colourAllowed)
        var status: Int32 = 0
        try CommandRunner.run(global: global, output: output) { context in
            let reader: any LineReader =
                facts.stdinIsTerminal ? ReadlineLineReader(historyFile: nil) : StreamLineReader(fileDescriptor: 0)
            let shell = Shell(context: context, reader: reader, interactive: facts.stdinIsTerminal)
            shell.installCompletion()
            status = shell.run()
        }
        if status != 0 { throw ExitCode(status) }
    }
}
