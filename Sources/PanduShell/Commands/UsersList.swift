import ArgumentParser
import PanduCore

/// `pandu users list`.
public struct UsersList: ContextCommand {
    public static let configuration = CommandConfiguration(commandName: "list", abstract: "List everyone (admin).")
    public static var roles: Set<Role>? { [.admin] }

    @OptionGroup public var global: GlobalOptions
    @Option(help: "text, json or csv.") var format: OutputFormat = .text

    public init() {}

    public func execute(_ context: AppContext, as person: Person?) throws {
        let people = try context.store().people()
        let table = Table(
            columns: ["code", "name", "online_name", "role", "team", "site", "skills", "disabled"],
            rows: people.map { p in
                [
                    p.code.rawValue, p.name, p.onlineName, p.role.rawValue, p.team ?? "", p.site ?? "",
                    p.skills.map(\.rawValue).joined(separator: ","), p.disabled ? "yes" : "no",
                ]
            })
        context.output.raw(table.render(format))
    }
}
