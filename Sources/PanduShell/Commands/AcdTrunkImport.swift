import ArgumentParser
import Foundation
import PanduCore
import PanduKnowledge
import PanduStore

/// `pandu acd trunk import FILE.csv`: call attempts at the switch per access line and interval.
public struct AcdTrunkImport: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import trunk / switch call attempt counts per interval (CSV) for SCR.",
        discussion: """
            SCR cannot come from queue_log (monitoring spec §3.6): it needs the attempts made to the access \
            number at the switch. CSV with a header row, columns (any order; accepted and minutes optional):
              interval_start  ISO 8601 in the site's zone (2026-11-21T08:00)
                              or epoch seconds
              line            the service / access line as in
                              knowledge/targets.yaml (147, 108)
              attempts        calls presented to the access number
              blocked         attempts refused: busy, congestion, all trunks busy, failed
              accepted        attempts accepted into the contact center
                              (default attempts - blocked)
              minutes         interval length (default 15)
            SCR = accepted / attempts (or, with scr_numerator: entered_queue in targets.yaml, calls entering \
            the queue / attempts). Every row is checked first; one bad row (named with its line) stops the \
            whole import (exit 64). A row for a line and interval start already stored replaces it, so a \
            corrected file can be imported again. Roles: desk, admin.
            """)

    @OptionGroup public var global: GlobalOptions
    @Argument(help: "The CSV file.") var file: String

    public init() {}
    public static var roles: Set<Role>? { [.desk, .admin] }

    public func execute(_ context: AppContext, as person: Person?) throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ShellError.usage(context.messages(.cannotRead, file))
        }
        let rows = try TrunkCSV(file: file, times: context.times).read(Array(data))
        let n = try context.monitoringStore().upsertTrunkCounts(rows)
        context.output.line(context.messages(.trunkImported, n, file))
    }
}

/// Reads and validates the trunk CSV; every problem names line and column.
struct TrunkCSV {
    let file: String
    let times: TimeParser

    static let required = ["interval_start", "line", "attempts", "blocked"]
    static let known = required + ["accepted", "minutes"]

    func read(_ bytes: [UInt8]) throws -> [TrunkInterval] {
        let records: [CSVReader.Record]
        do { records = try CSVReader(file: file).records(bytes) } catch {
            throw ShellError.usage(CommandRunner.describe(error))
        }
        guard let header = records.first else {
            throw ShellError.usage("\(file): the file is empty; expected a header row")
        }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        for name in names where !Self.known.contains(name) {
            throw bad(header.line, "header", name, "one of \(Self.known.joined(separator: ", "))")
        }
        for name in Self.required where !names.contains(name) {
            throw ShellError.usage("\(file):\(header.line): the header has no \(name) column")
        }
        let col = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var problems: [String] = []
        var rows: [TrunkInterval] = []
        for r in records.dropFirst() where !r.fields.allSatisfy({ $0.isEmpty }) {
            do { rows.append(try row(r, col)) } catch { problems.append(CommandRunner.describe(error)) }
        }
        guard problems.isEmpty else { throw ShellError.usage(problems.joined(separator: "\n")) }
        return rows
    }

    func row(_ r: CSVReader.Record, _ col: [String: Int]) throws -> TrunkInterval {
        func field(_ name: String) -> String? {
            guard let i = col[name], i < r.fields.count else { return nil }
            let v = r.fields[i].trimmingCharacters(in: .whitespaces)
            return v.isEmpty ? nil : v
        }
        func count(_ name: String, required: Bool) throws -> Int? {
            guard let v = field(name) else {
                if required { throw bad(r.line, name, "", "a whole number of 0 or more") }
                return nil
            }
            guard let n = Int(v), n >= 0 else { throw bad(r.line, name, v, "a whole number of 0 or more") }
            return n
        }
        let startText = field("interval_start") ?? ""
        guard let start = Int64(startText) ?? times.parse(startText).map({ Int64($0.timeIntervalSince1970) }) else {
            throw bad(r.line, "interval_start", startText, "an ISO 8601 time or epoch seconds")
        }
        guard let line = field("line") else { throw bad(r.line, "line", "", "a service id such as 147") }
        let attempts = try count("attempts", required: true)!
        let blocked = try count("blocked", required: true)!
        let accepted = try count("accepted", required: false)
        let minutes = try count("minutes", required: false) ?? 15
        guard blocked <= attempts, (accepted ?? 0) <= attempts else {
            throw bad(
                r.line, "attempts", "\(attempts)", "at least blocked (\(blocked)) and accepted (\(accepted ?? 0))")
        }
        guard minutes > 0 else { throw bad(r.line, "minutes", "\(minutes)", "more than 0") }
        return TrunkInterval(
            line: line, minutes: minutes,
            counts: TrunkCounts(start: start, attempts: attempts, accepted: accepted, blocked: blocked))
    }

    func bad(_ line: Int, _ field: String, _ value: String, _ expected: String) -> ShellError {
        .usage("\(file):\(line): field \(field): \"\(value)\" is not \(expected)")
    }
}
