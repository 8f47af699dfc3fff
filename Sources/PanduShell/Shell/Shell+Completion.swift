import Foundation
import PanduCore

/// Lets readline's completion callback reach the shell. readline calls it synchronously on the thread
/// that is blocked in `readline()`, which is the shell's own thread, so no other thread ever touches it.
private final class ShellReference: @unchecked Sendable {
    weak var shell: Shell?
    init(_ shell: Shell) { self.shell = shell }
}

extension Shell {
    /// Hooks Tab completion up when the shell reads with readline.
    func installCompletion() {
        guard let readline = reader as? ReadlineLineReader else { return }
        let reference = ShellReference(self)
        readline.completion = { request in reference.shell?.completions(for: request) ?? [] }
    }

    /// Candidates for the word under the cursor: commands (and branch choices) first, then arguments.
    func completions(for request: CompletionRequest) -> [String] {
        let all: [String]
        if request.isFirstWord {
            all = ShellCommandTable.names + (contact?.step.choices.map(\.id) ?? [])
        } else {
            let command = request.precedingWords[0].lowercased()
            all = request.precedingWords.count == 1 ? arguments(of: command) : []
        }
        return all.filter { $0.hasPrefix(request.word) }
    }

    private func arguments(of command: String) -> [String] {
        guard let spec = ShellCommandTable.spec(command) else { return [] }
        let knowledge = try? context.knowledge()
        switch spec.completion {
        case .none: return []
        case .flows: return knowledge?.flows.map(\.id.rawValue) ?? []
        case .auxReasons: return knowledge?.auxReasons.map(\.code) ?? []
        case .dispositions: return contact?.flow.dispositions ?? []
        case .choices: return contact?.step.choices.map(\.id) ?? []
        case .fields: return contact.map { $0.captureDefinitions.keys.sorted() } ?? []
        case .commands: return ShellCommandTable.names
        case .transferTargets: return ["147", "108", "socmed", "tier2"]
        case .callbackOutcomes: return (try? context.callbackPolicy())?.outcomes.map(\.code) ?? []
        case .escalationLevels: return (try? context.escalationLevels())?.map(\.id) ?? []
        case .openSessions:
            guard let person else { return [] }
            let open = try? context.store().sessions(.init(agents: [person.code], status: .open))
            return open?.map(\.id.rawValue) ?? []
        }
    }
}
