import ArgumentParser

/// `pandu report …`: the forms and reports, as Markdown, CSV or JSON. One file per report.
public struct ReportCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Reports over a period (--from/--to, ISO 8601; default today) as md, csv or json.",
        subcommands: [
            ReportF19.self,
            ReportEscalations.self,
            ReportQC.self,
            ReportF04.self,
        ])
    public init() {}
}
