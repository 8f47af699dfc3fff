import Foundation
import PanduCore

/// `pandu qc auto`: scores one transcript (a JSON document) or many (JSON Lines) and writes one result
/// per transcript. Bad lines are reported and skipped; the rest is still scored.
public struct QCAutoRunner: Sendable {
    /// How each result is written.
    public enum Format: String, Sendable, CaseIterable {
        /// Pretty JSON for a single transcript, one compact JSON object per line for many.
        case json
        /// One compact JSON object per line, always.
        case jsonl
        /// A readable QC sheet in Indonesian.
        case text
    }

    /// What a run did, so the command can choose its exit code.
    public struct Summary: Hashable, Sendable {
        public var scored: Int
        public var invalid: Int
        /// Results whose overall verdict is `fail`.
        public var failed: Int

        /// Counts of a run.
        public init(scored: Int = 0, invalid: Int = 0, failed: Int = 0) {
            self.scored = scored
            self.invalid = invalid
            self.failed = failed
        }
    }

    public let checker: PhraseChecker
    public let format: Format
    /// Score every transcript against this standard instead of the one its service selects.
    public let standardOverride: StandardID?

    /// A runner writing `format`, optionally forcing one standard.
    public init(checker: PhraseChecker, format: Format = .json, standardOverride: StandardID? = nil) {
        self.checker = checker
        self.format = format
        self.standardOverride = standardOverride
    }

    /// Scores everything in `input` (one JSON document, a JSON array, or JSON Lines).
    public func run(input: Data, output: (String) -> Void, diagnostics: (String) -> Void) -> Summary {
        let documents = TranscriptInput.split(input)
        var summary = Summary()
        let single = documents.count == 1
        for document in documents {
            switch document {
            case .failure(let problem):
                summary.invalid += 1
                diagnostics("line \(problem.line): \(problem.reason)")
            case .success(let item):
                score(item, single: single, summary: &summary, output: output, diagnostics: diagnostics)
            }
        }
        return summary
    }

    /// Scores JSON Lines given line by line (e.g. read from a pipe as they come).
    public func run<Lines: Sequence>(lines: Lines, output: (String) -> Void, diagnostics: (String) -> Void) -> Summary
    where Lines.Element: StringProtocol {
        var summary = Summary()
        for (n, line) in lines.enumerated() where line.contains(where: { !$0.isWhitespace }) {
            switch TranscriptInput.decode(Array(line.utf8)[...], line: n + 1) {
            case .failure(let problem):
                summary.invalid += 1
                diagnostics("line \(problem.line): \(problem.reason)")
            case .success(let item):
                score(item, single: false, summary: &summary, output: output, diagnostics: diagnostics)
            }
        }
        return summary
    }

    private func score(
        _ item: TranscriptInput.Item, single: Bool, summary: inout Summary, output: (String) -> Void,
        diagnostics: (String) -> Void
    ) {
        do {
            let result = try checker.score(item.transcript, standard: standardOverride)
            summary.scored += 1
            if result.overall == .fail { summary.failed += 1 }
            switch format {
            case .json: output(result.json(pretty: single))
            case .jsonl: output(result.json())
            case .text: output(QCSheet(result: result, standards: checker.standards).text)
            }
        } catch {
            summary.invalid += 1
            diagnostics("line \(item.line): \(error)")
        }
    }
}
