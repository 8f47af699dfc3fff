import ArgumentParser
import Foundation
import PanduCore
import PanduStore

/// `pandu kpi`: call and social-media KPIs per queue (or service) and interval, against knowledge/targets.yaml.
public struct KPICommand: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "kpi",
        abstract: "KPIs per queue or service and interval: counts, SL, abandon, ASA, AHT, SCR, social FRT.",
        discussion: """
            One row per queue (--by service: per service of knowledge/targets.yaml) and interval, from the \
            imported queue_log (calls are counted in the interval of their ENTERQUEUE), trunk counts (SCR) and \
            Pandu's own records (hold and ACW for AHT; TelkomCare cases from socmed sessions). Each row has \
            queue, interval_start, interval_end, the counts (offered, answered, abandoned, short_abandoned, \
            timeouts, exits_by_key, exits_empty, transfers, answered_within per threshold, sum_wait_answered, \
            sum_talk, open, …) and every named measure with its formula, target and verdict:
              sl_regulator  answered within 30 s / (offered - abandoned within 5 s)
                            (Permenkominfo 15/2013)
              sl_<T>        answered within T s / (offered - abandoned within
                            the short-abandon threshold)
              abandon_rate  abandoned / offered;  asa = sum of CONNECT holdtime / answered
              aht           (calltime (hold included) + ACW) / handled calls
              scr           accepted attempts / attempts at the trunk
                            (`pandu acd trunk import`)
              social        frt_median, frt_p90, response_rate, social_sl,
                            waiting, oldest_waiting
            EXITWITHTIMEOUT / EXITWITHKEY / EXITEMPTY stay in offered and are never abandons. Calls whose \
            ENTERQUEUE is not in the log are left out (orphans_skipped). --from / --to default to today. \
            Roles: tl, qc, desk, admin.
            """)

    @OptionGroup public var global: GlobalOptions
    @Option(help: "From this date/time (ISO 8601, site zone); default today 00:00.") var from: String?
    @Option(help: "Before this date/time; default the end of the --from day.") var to: String?
    @Option(help: "15m, 30m, 60m, shift, day or month (default from knowledge/targets.yaml).") var interval: String?
    @Option(help: "Only this queue (repeatable).") var queue: [String] = []
    @Option(help: "Only this service of knowledge/targets.yaml (one row per interval).") var service: String?
    @Option(help: "queue or service: what one row covers.") var by: String = "queue"
    @Option(help: "text, json or csv.") var format: OutputFormat = .text

    public init() {}
    public static var roles: Set<Role>? { [.tl, .qc, .desk, .admin] }

    public func execute(_ context: AppContext, as person: Person?) throws {
        let rows = try KPIQuery(
            from: from, to: to, interval: interval, queues: queue, service: service, byService: by == "service"
        ).rows(context)
        context.output.raw(KPIRendering(rows: rows, zone: context.siteZone).render(format))
    }
}

/// The parsed options of a KPI query, shared by `pandu kpi` and `pandu recovery scan`.
struct KPIQuery {
    var from: String?
    var to: String?
    var interval: String?
    var queues: [String]
    var service: String?
    var byService: Bool

    func rows(_ context: AppContext) throws -> [KPIReportRow] {
        let targets = try context.kpiTargets()
        let m = context.messages
        if let service, targets.service(id: service) == nil {
            throw ShellError.usage(m(.unknownService, service, targets.services.map(\.id).joined(separator: ", ")))
        }
        let (start, end) = try range(context)
        let grid = try self.grid(start, end, targets, context)
        let report = KPIReport(
            targets: targets, store: try context.monitoringStore(), events: try context.store(), zone: context.siteZone)
        return try report.rows(
            KPIReport.Query(
                grid: grid, queues: queues.isEmpty ? nil : Set(queues), service: service, byService: byService,
                now: context.now))
    }

    func range(_ context: AppContext) throws -> (Int64, Int64) {
        let offset = context.siteZone.hoursFromUTC * 3600
        let fromDate = try parseTime(from, context) ?? context.now
        let start =
            from == nil
            ? CivilTime.startOfDay(Int64(fromDate.timeIntervalSince1970), utcOffsetSeconds: offset)
            : Int64(fromDate.timeIntervalSince1970)
        let end =
            try parseTime(to, context).map { Int64($0.timeIntervalSince1970) }
            ?? CivilTime.startOfDay(start, utcOffsetSeconds: offset) + 86_400
        guard end > start else { throw ShellError.usage(context.messages(.badRange, from ?? "", to ?? "")) }
        return (start, end)
    }

    func grid(_ start: Int64, _ end: Int64, _ targets: KPITargets, _ context: AppContext) throws -> IntervalGrid {
        let offset = context.siteZone.hoursFromUTC * 3600
        let text = interval ?? "\(targets.defaults.intervalMinutes)m"
        let g: IntervalGrid.Granularity
        switch text {
        case "15m": g = .minutes(15)
        case "30m": g = .minutes(30)
        case "60m", "1h": g = .minutes(60)
        case "day": g = .day
        case "month": g = .month
        case "shift":
            let spans = IntervalGrid.shifts(targets.defaults.shifts, from: start, to: end, utcOffsetSeconds: offset)
            return spans
        default: throw ShellError.usage(context.messages(.badInterval, text))
        }
        return IntervalGrid(g, from: start, to: end, utcOffsetSeconds: offset)
    }
}
