import ArgumentParser

/// How a report is printed: a Markdown document, CSV rows, or JSON.
public enum DocumentFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case markdown, md, csv, json

    /// Markdown under either name.
    var isMarkdown: Bool { self == .markdown || self == .md }
}
