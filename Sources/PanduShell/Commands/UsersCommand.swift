import ArgumentParser
import PanduCore

/// `pandu users …`: the people who work in Pandu (admin only, except the very first admin).
public struct UsersCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "users",
        abstract: "Add, list, re-PIN and disable people (admin).",
        subcommands: [UsersAdd.self, UsersList.self, UsersSetPIN.self, UsersDisable.self])
    public init() {}
}

/// Parses the `--skills` list.
func parseSkills(_ text: String?, messages: Messages) throws -> [Skill] {
    guard let text, !text.isEmpty else { return [] }
    return try text.split(separator: ",").map { raw in
        let name = raw.trimmingCharacters(in: .whitespaces)
        guard let skill = Skill(rawValue: name) else {
            throw ShellError.usage(messages(.badSkill, name, Skill.allCases.map(\.rawValue).joined(separator: ",")))
        }
        return skill
    }
}
