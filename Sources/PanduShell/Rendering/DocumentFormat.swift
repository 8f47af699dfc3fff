import ArgumentParser

/// How a report is printed: a Markdown document, CSV rows, JSON, or a self-contained HTML page.
public enum DocumentFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case markdown, md, csv, json, html

    /// Markdown under either name.
    var isMarkdown: Bool { self == .markdown || self == .md }
}
