import ArgumentParser

/// `pandu report …`: the SOP's forms as Markdown, CSV, JSON or a self-contained HTML page with charts.
public struct ReportCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "report", abstract: "Reports of the SOP forms (md, csv, json, html with charts).",
    discussion: """
      Every report takes --date DAY or --from/--to (ISO 8601, site zone), optionally --shift HH:MM-HH:MM, \
      --format md|csv|json|html and --output FILE. The HTML page is self-contained (inline CSS and SVG \
      charts, nothing fetched) and prints well. CSV holds every table as a block starting '# name'.
      """,
    subcommands: [ReportF02.self, ReportF03.self, ReportF05.self, ReportF06.self, ReportF21.self])
  public init() {}
}
