import ArgumentParser
import Foundation
import PanduCore
import PanduStore

/// `pandu purge --before DATE`: removes records past their retention period (P-10 §10).
public struct PurgeCommand: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "purge",
        abstract: "Remove records that ended before a date past the retention period (admin; --dry-run counts only).",
        discussion: """
            Records are kept keep_years of knowledge/retention.yaml (P-10 §10: two years); a later cutoff is \
            refused. A contact goes with its events, summary, review notes, QC samples and discipline records, but \
            only when nothing kept refers to it: open or recent callbacks, escalations and directory corrections, \
            QC evaluations and calibrations keep their contact. Settled callbacks, escalations, rejected \
            corrections, verified or failed recovery plans, roster shifts, trunk counts, shift events and \
            the ACD's stored queue_log lines, episodes and tallies (by whole 15-minute buckets) go by their own \
            dates; approved directory corrections stay (they are the live directory). QC history goes \
            only as the front of its hash chain, leaving a checkpoint `qc audit` verifies from. One transaction; \
            an audit event records who purged what.
            """)

    @OptionGroup public var global: GlobalOptions
    @Option(help: "Remove what ended before this date (ISO 8601, site zone).") var before: String
    @Flag(help: "Count what would go and keep everything.") var dryRun = false
    @Option(help: "text or json.") var format: OutputFormat = .text
    public static var roles: Set<Role>? { [.admin] }

    public init() {}

    public func execute(_ context: AppContext, as person: Person?) throws {
        let m = context.messages
        guard let cutoff = context.times.parse(before) else { throw ShellError.usage(m(.badTime, before)) }
        let settings = try context.retentionSettings()
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = context.siteZone.timeZone
        let latest = settings.latestCutoff(at: context.now, calendar: calendar)
        guard cutoff <= latest else {
            throw ShellError.usage(m(.purgeTooRecent, before, settings.keepYears, context.times.format(latest)))
        }
        guard let store = try context.store() as? any RetentionStore else {
            throw ShellError.failure(m(.storeLacksFeature, "purge"))
        }
        let actor = person?.code ?? PersonCode("-")
        let report = try store.purge(before: cutoff, by: actor, dryRun: dryRun) {
            Self.auditEvent($0, cutoff: cutoff, actor: actor, context)
        }
        render(report, cutoff: cutoff, context)
    }

    /// The audit event written with the purge: who purged, the cutoff and the counts.
    static func auditEvent(_ report: PurgeReport, cutoff: Date, actor: PersonCode, _ context: AppContext)
        -> HandlingEvent
    {
        var data: [String: JSONValue] = [
            "action": "purge", "before": .string(context.times.format(cutoff)),
            "removed": .object(report.removed.mapValues { .number(Double($0)) }),
        ]
        if let checkpoint = report.checkpoint { data["qc_checkpoint_seq"] = .number(Double(checkpoint.seq)) }
        return HandlingEvent(actor: actor, at: context.now, type: .audit, data: data)
    }

    func render(_ report: PurgeReport, cutoff: Date, _ context: AppContext) {
        let m = context.messages
        if format == .json {
            context.output.raw(JSONText.encode(report))
            return
        }
        let when = context.times.format(cutoff)
        context.output.line(dryRun ? m(.purgeDryRun, report.total, when) : m(.purgeDone, report.total, when))
        for (table, count) in report.removed.sorted(by: { $0.key < $1.key }) {
            context.output.line("  \(table.padding(toLength: 30, withPad: " ", startingAt: 0)) \(count)")
        }
        if report.keptContacts > 0 { context.output.line(m(.purgeKeptContacts, report.keptContacts)) }
        if let checkpoint = report.checkpoint {
            context.output.line("  qc_history checkpoint: seq \(checkpoint.seq), hash \(checkpoint.hash)")
        }
    }
}
