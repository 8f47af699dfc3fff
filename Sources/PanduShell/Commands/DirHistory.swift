import ArgumentParser
import PanduCore

/// `pandu dir history ENTRY`.
public struct DirHistory: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Every correction of one directory entry and each decision: who, when, from which contact.")

    @OptionGroup public var global: GlobalOptions
    @Argument(help: "The entry id, e.g. D00001.") var entry: String
    @Option(help: "text, json or csv.") var format: OutputFormat = .text

    public init() {}

    public func execute(_ context: AppContext, as person: Person?) throws {
        guard let person else { throw ShellError.denied(context.messages(.whoAreYou)) }
        let desk = FollowUpDesk(context: context, person: person)
        let id = entry.uppercased()
        guard try context.search().entry(id: id) != nil else {
            throw ShellError.usage(context.messages(.unknownEntry, entry))
        }
        let corrections = try desk.store().corrections(status: nil, entryID: id, limit: nil)
        let byID = Dictionary(uniqueKeysWithValues: corrections.compactMap { c in c.id.map { ($0, c) } })
        let rows = try desk.store().correctionHistory(ids: Array(byID.keys)).compactMap { h -> [String]? in
            guard let c = byID[h.correctionID] else { return nil }
            return [
                desk.time(h.at), String(h.correctionID), c.field.rawValue, c.oldValue, c.newValue, h.status.rawValue,
                h.actor.rawValue, c.sessionID?.rawValue ?? "", h.note ?? "",
            ]
        }
        let columns = ["at", "correction", "field", "old_value", "new_value", "status", "by", "session", "note"]
        context.output.raw(Table(columns: columns, rows: rows).render(format))
    }
}
