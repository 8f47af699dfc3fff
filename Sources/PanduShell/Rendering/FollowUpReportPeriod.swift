import Foundation

/// The `[from, to)` a report covers: `--from` (default: today's midnight in the site's zone) and `--to`
/// (default: one day after `from`), both ISO 8601.
struct FollowUpReportPeriod {
    let from: Date
    let to: Date

    init(from: String?, to: String?, context: AppContext) throws {
        let today = context.times.parse(String(context.times.format(context.now).prefix(10)))!
        let start = try parseTime(from, context) ?? today
        let end = try parseTime(to, context) ?? start.addingTimeInterval(86_400)
        guard start < end else { throw ShellError.usage(context.messages(.badPeriod, from ?? "", to ?? "")) }
        self.from = start
        self.to = end
    }
}
