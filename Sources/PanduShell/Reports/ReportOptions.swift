import ArgumentParser
import Foundation
import PanduCore

/// The output forms of a report.
public enum ReportFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case md, csv, json, html

    /// The document in this form.
    func render(_ document: ReportDocument) -> String {
        switch self {
        case .md: document.markdown()
        case .csv: document.csv()
        case .json: document.json()
        case .html: document.html()
        }
    }
}

/// Options every report takes: the period, an optional shift window, the format and the output file.
public struct ReportOptions: ParsableArguments {
    @Option(help: "One day (ISO 8601, site zone), e.g. 2026-11-21.") var date: String?
    @Option(help: "Start of the period (ISO 8601); with --to instead of --date.") var from: String?
    @Option(help: "End of the period, exclusive (ISO 8601).") var to: String?
    @Option(help: "Only this shift window of each day, HH:MM-HH:MM (e.g. 07:00-15:00).") var shift: String?
    @Option(help: "md, csv, json or html.") var format: ReportFormat = .md
    @Option(help: "Write to this file instead of stdout.") var output: String?

    public init() {}

    /// The period `[from, to)` the options give; a usage error names a bad or missing one.
    func period(_ context: AppContext) throws -> ReportPeriod {
        let m = context.messages
        let times = context.times
        let start: Date
        let end: Date
        if let date, from == nil, to == nil {
            guard let day = times.parse(String(date.prefix(10))) else {
                throw ShellError.usage(m(.badReportPeriod, date))
            }
            start = day
            end = day.addingTimeInterval(86_400)
        } else if date == nil, let from, let to, let a = times.parse(from), let b = times.parse(to),
            a < b
        {
            start = a
            end = b
        } else {
            throw ShellError.usage(
                m(.badReportPeriod, [date, from, to].compactMap { $0 }.joined(separator: " ")))
        }
        var period = ReportPeriod(start: start, end: end, zone: context.siteZone)
        if let shift {
            guard let window = ReportPeriod.window(shift) else {
                throw ShellError.usage(m(.badShift, shift))
            }
            period.shift = window
        }
        return period
    }

    /// Writes the rendered report to `--output` or stdout.
    func emit(_ document: ReportDocument, _ context: AppContext) throws {
        let text = format.render(document)
        guard let output else {
            context.output.raw(text)
            return
        }
        do {
            try text.write(toFile: output, atomically: true, encoding: .utf8)
        } catch {
            throw ShellError.failure("cannot write \(output): \(error.localizedDescription)")
        }
        context.output.error(context.messages(.reportWritten, document.form, output))
    }
}

/// A report's period in the site's zone, optionally narrowed to a shift window on each day.
struct ReportPeriod {
    var start: Date
    var end: Date
    var zone: TimeZoneCode
    /// Start minute of the day and length in minutes.
    var shift: (startMinute: Int, minutes: Int)?

    /// `HH:MM-HH:MM` as a start minute and a length (an end before the start runs past midnight).
    static func window(_ text: String) -> (startMinute: Int, minutes: Int)? {
        let parts = text.split(separator: "-")
        guard parts.count == 2, let a = minute(parts[0]), let b = minute(parts[1]), a != b else {
            return nil
        }
        return (a, (b - a + 1440) % 1440)
    }

    static func minute(_ text: Substring) -> Int? {
        let hm = text.split(separator: ":").compactMap { Int($0) }
        guard hm.count == 2, (0..<24).contains(hm[0]), (0..<60).contains(hm[1]) else { return nil }
        return hm[0] * 60 + hm[1]
    }

    var utcOffsetSeconds: Int { zone.hoursFromUTC * 3600 }

    /// The spans covered: the whole period, or the shift window of each day in it.
    var spans: [TimeSpan] {
        let whole = TimeSpan(from: start, to: end)
        guard let shift else { return [whole] }
        let window = IntervalGrid.ShiftWindow(
            name: "shift", startMinute: shift.startMinute, minutes: shift.minutes)
        return IntervalGrid.shifts(
            [window], from: whole.start, to: whole.end, utcOffsetSeconds: utcOffsetSeconds
        )
        .spans.filter { $0.start >= whole.start && $0.start < whole.end }
    }

    /// Intervals of `minutes` inside the covered spans.
    func grid(minutes: Int) -> IntervalGrid {
        IntervalGrid(
            spans: spans.flatMap { span in
                IntervalGrid(
                    .minutes(minutes), from: span.start, to: span.end, utcOffsetSeconds: utcOffsetSeconds
                )
                .spans.filter { $0.start >= span.start && $0.start < span.end }
                .map { TimeSpan(start: $0.start, end: min($0.end, span.end)) }
            })
    }

    /// Whole local days touching the period, for day-based reports (roster, discipline).
    var days: [TimeSpan] {
        IntervalGrid(
            .day, from: Int64(start.timeIntervalSince1970), to: Int64(end.timeIntervalSince1970),
            utcOffsetSeconds: utcOffsetSeconds
        ).spans
    }

    /// The period as shown: `2026-11-21` for one day, else `from – to`, plus the shift window.
    var label: String {
        let times = TimeParser(zone: zone)
        let oneDay = end.timeIntervalSince(start) == 86_400 && zone.minuteOfDay(start) == 0
        var text =
            oneDay
            ? String(times.format(start).prefix(10)) : "\(times.format(start)) – \(times.format(end))"
        if let shift {
            let e = (shift.startMinute + shift.minutes) % 1440
            text += String(
                format: " shift %02d:%02d-%02d:%02d", shift.startMinute / 60, shift.startMinute % 60,
                e / 60, e % 60)
        }
        return text + " " + zone.rawValue
    }

    /// `HH:MM` of an epoch in the site's zone, with the date when the period spans several days.
    func clock(_ epoch: Int64) -> String {
        let date = Date(timeIntervalSince1970: TimeInterval(epoch))
        let minute = zone.minuteOfDay(date)
        let hm = String(format: "%02d:%02d", minute / 60, minute % 60)
        guard end.timeIntervalSince(start) > 86_400 else { return hm }
        let d = CivilTime.localDate(epoch, utcOffsetSeconds: utcOffsetSeconds)
        return String(format: "%02d-%02d ", d.month, d.day) + hm
    }

    /// `YYYY-MM-DD` of an epoch in the site's zone.
    func day(_ epoch: Int64) -> String {
        let d = CivilTime.localDate(epoch, utcOffsetSeconds: utcOffsetSeconds)
        return String(format: "%04d-%02d-%02d", d.year, d.month, d.day)
    }
}
