import ArgumentParser
import Foundation
import PanduCore
import PanduKnowledge
import PanduStore

/// A command that works in an `AppContext` as a person. `run()` (one-shot) builds the context and finds
/// the person; the shell calls `execute` with its own context and the logged-in agent, so both share one
/// implementation.
public protocol ContextCommand: ParsableCommand {
    /// The global options of this invocation.
    var global: GlobalOptions { get }
    /// Roles allowed to run it; nil = anyone logged in.
    static var roles: Set<Role>? { get }
    /// Whether it needs a person at all (false for `knowledge check`, `users add` on an empty store …).
    var needsIdentity: Bool { get }
    /// The command's work.
    func execute(_ context: AppContext, as person: Person?) throws
}

extension ContextCommand {
    public static var roles: Set<Role>? { nil }
    public var needsIdentity: Bool { true }

    /// One-shot entry: context, identity, work, and errors mapped to exit codes.
    public func run() throws {
        let output = Output.standard(colour: TerminalFacts.live.colourAllowed)
        try CommandRunner.run(global: global, output: output) { context in
            let person = needsIdentity ? try CommandRunner.authenticator(context).identify(roles: Self.roles) : nil
            try execute(context, as: person)
        }
    }
}

/// Runs a command body and turns its errors into a message on stderr and an exit code.
public enum CommandRunner {
    /// Builds the context and runs `body`; errors become `pandu: …` on stderr and exit 1, 2 or 64.
    public static func run(global: GlobalOptions, output: Output, _ body: (AppContext) throws -> Void) throws {
        do {
            let context = try AppContext(
                options: global, environment: ProcessInfo.processInfo.environment, output: output)
            try body(context)
        } catch let exit as ExitCode {
            throw exit
        } catch {
            output.error("pandu: " + describe(error))
            throw ExitCode(exitCode(for: error))
        }
    }

    /// The exit code DESIGN.md gives each kind of failure.
    public static func exitCode(for error: Error) -> Int32 {
        switch error {
        case ShellError.usage: 64
        case is FlowError: 64
        case ShellError.violations: 2
        default: 1
        }
    }

    /// The message for an error, with the underlying cause when there is one.
    public static func describe(_ error: Error) -> String {
        (error as? LocalizedError)?.errorDescription ?? "\(error)"
    }

    /// The authenticator for one-shot commands: prompts only on a terminal.
    public static func authenticator(_ context: AppContext) -> Authenticator {
        Authenticator(
            context: context, interactive: context.input.interactive, readLine: context.input.line,
            readSecret: context.input.secret)
    }
}
