import ArgumentParser
import Foundation
import PanduCore
import PanduStore

/// `pandu acd import FILE`: Asterisk queue_log into the store, idempotent and incremental.
public struct AcdImport: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import an Asterisk queue_log file or a queue_log database export (CSV).",
        discussion: """
            FILE is the pipe-delimited queue_log file (epoch|callid|queue|agent|event|params…) or a CSV export of \
            the realtime queue_log table (time,callid,queuename,agent,event,data1..data5, or one data column; a \
            header row names the columns). --form auto (default) looks at the first line. \
            Tolerated as the monitoring spec lists: duplicated lines, out-of-order lines, NUL bytes, unknown \
            events (kept), calls that never end, ABANDON with a member, interface vs member names. A line that \
            cannot be read at all is named on stderr with its line number and skipped; the rest is imported and \
            the exit code stays 0 (64 only when the file cannot be read). \
            Idempotent: every line is stored once under its content (time, callid, queue, agent, event, \
            parameters), so importing the same file again, or an overlapping one, adds nothing twice; a line \
            repeated inside a file is the spec's "duplicate line" and counts once. \
            --follow keeps reading a growing file (like tail -F): it starts where the last import of that path \
            stopped, imports new complete lines every --poll-ms, follows a rotation (a new file at the path, or \
            the file truncated) from the new file's start, and on SIGINT / SIGTERM saves its position and exits 0. \
            Database exports give local times: --db-zone (default the site's zone; UTC when the server sets \
            queue_log_realtime_use_gmt). Recovery plans are not opened here: run `pandu recovery scan`. \
            Roles: desk, admin.
            """)

    /// The two forms of queue_log.
    enum Form: String, ExpressibleByArgument, CaseIterable {
        case auto, file, csv
    }

    @OptionGroup public var global: GlobalOptions
    @Argument(help: "The queue_log file or CSV export.") var file: String
    @Option(help: "auto, file or csv.") var form: Form = .auto
    @Flag(help: "Keep reading the file as it grows, across rotations, until SIGINT / SIGTERM.") var follow = false
    @Option(help: "With --follow: how often to look for new lines (milliseconds).") var pollMs: Int = 500
    @Option(help: "Zone of the time column of a database export: WIB, WITA, WIT or UTC.") var dbZone: String?
    @Option(help: "text or json (the summary).") var format: OutputFormat = .text

    public init() {}
    public static var roles: Set<Role>? { [.desk, .admin] }

    public func execute(_ context: AppContext, as person: Person?) throws {
        let store = try context.monitoringStore()
        let path = URL(fileURLWithPath: file).standardizedFileURL.path
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw ShellError.usage(context.messages(.cannotRead, file))
        }
        var importer = QueueLogImporter(store: store, path: path, output: context.output)
        let chosen = form == .auto ? try QueueLogImporter.detect(path) : form
        if chosen == .csv {
            guard !follow else { throw ShellError.usage(context.messages(.acdFollowFileOnly)) }
            try importer.importCSV(utcOffsetSeconds: try dbOffset(context))
        } else if follow {
            try importer.follow(pollMilliseconds: max(10, pollMs), stop: StopSignal())
        } else {
            try importer.importFile()
        }
        report(importer.summary, context)
    }

    func dbOffset(_ context: AppContext) throws -> Int {
        guard let dbZone else { return context.siteZone.hoursFromUTC * 3600 }
        if ["UTC", "GMT"].contains(dbZone.uppercased()) { return 0 }
        guard let zone = TimeZoneCode(rawValue: dbZone.uppercased()) else {
            throw ShellError.usage(context.messages(.badZone, dbZone))
        }
        return zone.hoursFromUTC * 3600
    }

    func report(_ s: QueueLogImporter.Summary, _ context: AppContext) {
        switch format {
        case .json:
            context.output.raw(JSONText.encode(s))
        default:
            context.output.line(context.messages(.acdImported, s.lines, s.inserted, s.duplicates, s.badLines, s.calls))
        }
    }
}
