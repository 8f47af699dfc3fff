import ArgumentParser

/// `pandu report …`: the SOP's forms and the follow-up reports. One file per report.
public struct ReportCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Reports and SOP forms over a period (md, csv, json, or a self-contained html page).",
        discussion: """
            The floor forms (f02, f03, f05, f06, f21) take --date DAY or --from/--to (ISO 8601, site zone), \
            optionally --shift HH:MM-HH:MM, --format md|csv|json|html and --output FILE; their HTML page is \
            self-contained (inline CSS and SVG charts, nothing fetched) and prints well. CSV holds every table as \
            a block starting '# name'. The follow-up and QC reports (f19, escalations, qc, f04) take --from/--to \
            and --format md|csv|json|html (the same self-contained page, to stdout).
            """,
        subcommands: [
            ReportF02.self, ReportF03.self, ReportF04.self, ReportF05.self, ReportF06.self, ReportF19.self,
            ReportF21.self, ReportEscalations.self, ReportQC.self,
        ])
    public init() {}
}
