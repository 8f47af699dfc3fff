/// One command of the agent shell: its name, what it needs, its help and how its arguments complete.
struct ShellCommandSpec: Sendable {
    /// What must be true before it runs.
    enum Requirement: Sendable {
        case none
        case login
        case contact
    }

    /// What its later words complete to.
    enum Completion: Sendable {
        case none
        case flows
        case auxReasons
        case dispositions
        case choices
        case fields
        case commands
        case transferTargets
        case openSessions
        case callbackOutcomes
        case escalationLevels
    }

    let name: String
    let requirement: Requirement
    let summary: MessageKey
    let usage: String
    let completion: Completion
    let run: @Sendable (Shell, ArgumentLine) throws -> Void
}
