import ArgumentParser
import PanduCore

/// `pandu dir corrections list`.
public struct DirCorrectionsList: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List directory corrections, oldest first (default: pending).")

    @OptionGroup public var global: GlobalOptions
    @Option(help: "pending, approved or rejected.") var status: String = "pending"
    @Flag(help: "Every status.") var all = false
    @Option(help: "Only this entry.") var entry: String?
    @Option(help: "At most this many.") var limit: Int = 200
    @Option(help: "text, json or csv.") var format: OutputFormat = .text

    public init() {}

    public func execute(_ context: AppContext, as person: Person?) throws {
        guard let person else { throw ShellError.denied(context.messages(.whoAreYou)) }
        guard let s = DirectoryCorrection.Status(rawValue: status) else {
            throw ShellError.usage(context.messages(.badFollowUpStatus, status, "pending, approved, rejected"))
        }
        let desk = FollowUpDesk(context: context, person: person)
        let rows = try desk.store().corrections(status: all ? nil : s, entryID: entry?.uppercased(), limit: limit)
            .map { FollowUpTables.correctionRow($0, desk: desk) }
        context.output.raw(Table(columns: FollowUpTables.correctionColumns, rows: rows).render(format))
    }
}
