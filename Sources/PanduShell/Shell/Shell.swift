import Foundation
import PanduCore
import PanduKnowledge
import PanduStore

/// The agent shell: reads lines (readline on a terminal, plain lines from a script), runs the command
/// each names, and records every fact the moment it happens.
public final class Shell {
    let context: AppContext
    let reader: any LineReader
    let interactive: Bool
    /// Whose shift it is, once logged in.
    var person: Person?
    var state: AgentState = .notReady
    var stateSince: Date
    /// The contact being worked.
    var contact: Contact?
    var failures = 0
    var finished = false
    var checkerCache: PhraseChecker?
    /// The Tier 2 callback being worked (pulled with `next-callback`).
    var currentCallback: Int64?
    /// The overdue escalations and callbacks last announced, so a notice appears only when the set changes.
    var noticeShown: Set<String> = []

    /// The longest line accepted; longer ones are refused with a message, never recorded.
    static let maxLineBytes = 16 * 1024

    public init(context: AppContext, reader: any LineReader, interactive: Bool) {
        self.context = context
        self.reader = reader
        self.interactive = interactive
        stateSince = context.now
        context.input = InputSource(
            interactive: interactive,
            line: { [reader] prompt in
                if case .line(let text) = reader.read(prompt: prompt) { return text.trimmingCharacters(in: .whitespaces) }
                return nil
            },
            secret: { [reader] prompt in
                if interactive { return SecretReader.read(prompt: prompt) }
                if case .line(let text) = reader.read(prompt: prompt) { return text.trimmingCharacters(in: .whitespaces) }
                return nil
            })
    }

    var m: Messages { context.messages }
    var out: Output { context.output }
    var now: Date { context.now }

    /// Runs until `quit` or the end of input; the exit status is 1 if any command failed.
    public func run() -> Int32 {
        do {
            try startUp()
        } catch {
            report(error)
            return 1
        }
        while !finished {
            announceFollowUps()
            switch reader.read(prompt: prompt()) {
            case .line(let line): handle(line)
            case .invalidEncoding(let bytes):
                failures += 1
                out.error(m(.invalidUTF8, bytes))
            case .interrupted: continue
            case .endOfInput: endOfInput()
            }
        }
        reader.saveHistory()
        return failures == 0 ? 0 : 1
    }

    /// Runs one line.
    func handle(_ raw: String) {
        let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard line.utf8.count <= Self.maxLineBytes else {
            failures += 1
            out.error(m(.lineTooLong, line.utf8.count, Self.maxLineBytes))
            return
        }
        guard !line.isEmpty else {
            if interactive { out.line(out.styled(m(.emptyLine), .dim)) }
            return
        }
        if interactive, !line.hasPrefix("login") { reader.addHistory(line) }
        do {
            try dispatch(ArgumentLine(line))
        } catch {
            failures += 1
            report(error)
        }
    }

    func dispatch(_ line: ArgumentLine) throws {
        let word = line.command.lowercased()
        if let spec = ShellCommandTable.spec(word) {
            try check(spec.requirement)
            try spec.run(self, line)
        } else if ShellCommandTable.oneShot.contains(where: { $0.name == word }) {
            try runOneShot(line)
        } else if let contact, contact.step.choices.contains(where: { $0.id.lowercased() == word }) {
            try choose(ArgumentLine("choose " + word))
        } else if contact != nil {
            // On a contact, a line that is not a command is what the agent said.
            try say(line.command + (line.rest.isEmpty ? "" : " " + line.rest))
        } else {
            throw ShellError.usage(unknownCommandMessage(word))
        }
    }

    func check(_ requirement: ShellCommandSpec.Requirement) throws {
        switch requirement {
        case .none: return
        case .login: guard person != nil else { throw ShellError.usage(m(.loginFirst)) }
        case .contact:
            guard person != nil else { throw ShellError.usage(m(.loginFirst)) }
            guard contact != nil else { throw ShellError.usage(m(.noContact)) }
        }
    }

    func unknownCommandMessage(_ word: String) -> String {
        let close = ShellCommandTable.names.filter { CommandSuggestion.distance($0, word) <= 2 }
        if let best = close.first { return m(.unknownCommandSuggest, word, best) }
        return m(.unknownCommand, word)
    }

    func report(_ error: Error) {
        out.error(out.styled(CommandRunner.describe(error), .red))
    }

    func endOfInput() {
        if interactive, person != nil {
            out.line("")
            if contact != nil { out.line(m(.contactStillOpen)) }
            if case .line(let answer) = reader.read(prompt: m(.confirmLogout)),
                !["y", "ya", "yes"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased())
            {
                return
            }
            if contact == nil { try? recordLogout() }
        } else if person != nil, contact == nil {
            try? recordLogout()
        } else if contact != nil {
            out.error(m(.contactLeftOpen, contact!.session.id))
        }
        finished = true
    }
}
