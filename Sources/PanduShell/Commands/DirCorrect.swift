import ArgumentParser
import PanduCore

/// `pandu dir correct ENTRY --field F --value V --reason R`.
public struct DirCorrect: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "correct", abstract: "Propose a correction of one field of a directory entry (data entry decides)."
    )

    @OptionGroup public var global: GlobalOptions
    @Argument(help: "The entry id, e.g. D00001 (shown in brackets by 'dir').") var entry: String
    @Option(help: "name, category, city, province, address, listed, area_code or number.") var field: String
    @Option(help: "The correct value.") var value: String
    @Option(help: "Why (what the customer or the source said).") var reason: String
    @Option(help: "The contact it came from, if any.") var session: String?

    public init() {}

    public func execute(_ context: AppContext, as person: Person?) throws {
        guard let person else { throw ShellError.denied(context.messages(.whoAreYou)) }
        let c = try FollowUpDesk(context: context, person: person).proposeCorrection(
            entryID: entry, field: field, value: value, reason: reason, sessionID: session.map { SessionID($0) }
        ) { _ in nil }
        context.output.line(
            context.messages(.correctionProposed, c.id ?? 0, c.entryID, c.field.rawValue, c.oldValue, c.newValue))
    }
}
