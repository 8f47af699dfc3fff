import ArgumentParser

/// `pandu report …`: reports as Markdown, CSV or JSON.
public struct ReportCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Reports (Markdown, CSV, JSON).",
        subcommands: [ReportQC.self, ReportF04.self])
    public init() {}
}
