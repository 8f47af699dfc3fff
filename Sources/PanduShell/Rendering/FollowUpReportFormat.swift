import ArgumentParser

/// How a report prints: Markdown for people, CSV for spreadsheets, JSON for programs.
public enum FollowUpReportFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case md, csv, json
}
