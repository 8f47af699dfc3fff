import ArgumentParser
import Foundation
import PanduCore

extension Shell {
    /// Runs a one-shot command (users, sessions, knowledge, qc) inside the shell, as the logged-in person,
    /// through the same implementation as `pandu …` on the command line.
    func runOneShot(_ line: ArgumentLine) throws {
        let words = [line.command] + line.words
        let command: ParsableCommand
        do {
            command = try PanduCommand.parseAsRoot(words)
        } catch {
            let message = PanduCommand.message(for: error)
            if PanduCommand.exitCode(for: error) == .success {
                out.line(message)
                return
            }
            throw ShellError.usage(message)
        }
        guard let runnable = command as? any ContextCommand else {
            out.line(PanduCommand.helpMessage(for: type(of: command)))
            return
        }
        if runnable.needsIdentity {
            guard let who = person else { throw ShellError.usage(m(.loginFirst)) }
            if let roles = type(of: runnable).roles, !roles.contains(who.role) {
                throw ShellError.denied(m(.roleDenied, who.code, who.role.rawValue, roles.map(\.rawValue).sorted().joined(separator: ", ")))
            }
        }
        try runnable.execute(context, as: person)
    }
}
