import ArgumentParser
import Foundation
import PanduCore
import PanduStore

/// `pandu roster import FILE.csv`: all or nothing; a re-import replaces those agents' shifts of those days.
public struct RosterImport: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import roster shifts from CSV (all or nothing; re-import to correct).",
        discussion: """
            CSV (UTF-8) with a header row; columns in any order:
              agent                  login code of a person in Pandu (required)
              date                   the roster day, YYYY-MM-DD (required)
              shift_start, shift_end HH:MM in the site's zone; an end at or before
                                     the start is the next day
              breaks                 planned breaks inside the shift (optional),
                                     e.g. 12:00-13:00;15:00-15:15
              aux_allowance_minutes  AUX minutes allowed outside planned breaks
                                     (default from targets.yaml)
              position               posduk / position (optional), e.g. 147-T1,
                                     108, socmed, desk
            Every row is checked first (H-1 validation); each bad row is named with its line, field and value, \
            and then nothing at all is imported (exit 64). Re-importable for corrections: for every agent and \
            date in the file, that agent's earlier shifts of that date are replaced by the file's; other \
            agents and dates stay as they were. Roles: desk, admin.
            """)

    @OptionGroup public var global: GlobalOptions
    @Argument(help: "The roster CSV file.") var file: String

    public init() {}
    public static var roles: Set<Role>? { [.desk, .admin] }

    public func execute(_ context: AppContext, as person: Person?) throws {
        let m = context.messages
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ShellError.usage(m(.cannotRead, file))
        }
        let people = Set(try context.store().people().map(\.code.rawValue))
        let reader = RosterCSV(
            file: file, utcOffsetSeconds: context.siteZone.hoursFromUTC * 3600,
            defaultAllowance: try context.kpiTargets().defaults.auxAllowanceMinutes, people: people)
        switch reader.read(Array(data)) {
        case .failure(let problems):
            for line in problems.lines { context.output.error(line) }
            throw ShellError.usage(m(.rosterRejected, file, problems.lines.count))
        case .success(let entries):
            let actor = person?.code ?? PersonCode("system")
            let result = try context.monitoringStore().replaceRoster(entries, importedBy: actor, at: context.now)
            try context.store().append(
                HandlingEvent(
                    actor: actor, at: context.now, type: .audit,
                    data: [
                        "action": "roster.import", "file": .string(file), "shifts": .number(Double(result.inserted)),
                        "replaced": .number(Double(result.replaced)),
                    ]))
            context.output.line(m(.rosterImported, result.inserted, file, result.replaced))
        }
    }
}
