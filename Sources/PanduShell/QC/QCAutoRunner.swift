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
        let single = documents.count == 1
        return run(documents, diagnostics: diagnostics) { output(text(of: $0, single: single)) }
    }

    /// The same, writing the results as UTF-8 lines gathered into chunks of about `chunkSize` bytes, each
    /// handed over in the runner's own buffer (valid during the call): the batch path, one write for many
    /// results, nothing copied between writing a result and writing it out.
    public func run(
        input: Data, buffers: (UnsafeRawBufferPointer) -> Void, diagnostics: (String) -> Void,
        chunkSize: Int = 1 << 16
    ) -> Summary {
        let documents = TranscriptInput.split(input)
        let single = documents.count == 1
        var buffer = JSONBytes(pretty: single && format == .json, capacity: chunkSize + chunkSize / 2)
        let summary = run(documents, diagnostics: diagnostics) { result in
            append(result, single: single, to: &buffer)
            buffer.append(0x0A)
            if buffer.count >= chunkSize {
                buffer.withUnsafeBytes(buffers)
                buffer.removeAll()
            }
        }
        if buffer.count > 0 { buffer.withUnsafeBytes(buffers) }
        return summary
    }

    private func run(
        _ documents: TranscriptInput.Documents, diagnostics: (String) -> Void,
        emit: (QCResult) -> Void
    ) -> Summary {
        var summary = Summary()
        let memo = ScoringMemo()
        for document in documents {
            switch document {
            case .failure(let problem):
                summary.invalid += 1
                diagnostics("line \(problem.line): \(problem.reason)")
            case .success(let item):
                score(item, memo: memo, summary: &summary, diagnostics: diagnostics, emit: emit)
            }
        }
        return summary
    }

    /// Scores JSON Lines given line by line (e.g. read from a pipe as they come).
    public func run<Lines: Sequence>(lines: Lines, output: (String) -> Void, diagnostics: (String) -> Void) -> Summary
    where Lines.Element: StringProtocol {
        var summary = Summary()
        let memo = ScoringMemo()
        for (n, line) in lines.enumerated() where line.contains(where: { !$0.isWhitespace }) {
            switch TranscriptInput.decode(Array(line.utf8)[...], line: n + 1) {
            case .failure(let problem):
                summary.invalid += 1
                diagnostics("line \(problem.line): \(problem.reason)")
            case .success(let item):
                score(item, memo: memo, summary: &summary, diagnostics: diagnostics) {
                    output(text(of: $0, single: false))
                }
            }
        }
        return summary
    }

    private func score(
        _ item: TranscriptInput.Item, memo: ScoringMemo, summary: inout Summary, diagnostics: (String) -> Void,
        emit: (QCResult) -> Void
    ) {
        do {
            let result = try checker.score(item.transcript, standard: standardOverride, memo: memo)
            summary.scored += 1
            if result.overall == .fail { summary.failed += 1 }
            emit(result)
        } catch {
            summary.invalid += 1
            diagnostics("line \(item.line): \(error)")
        }
    }

    /// One result in the chosen format (`single`: the only transcript of the input, so JSON is pretty).
    private func text(of result: QCResult, single: Bool) -> String {
        switch format {
        case .json: result.json(pretty: single)
        case .jsonl: result.json()
        case .text: QCSheet(result: result, standards: checker.standards).text
        }
    }

    /// Writes one result into `buffer` (pretty when the buffer is: a single transcript as JSON).
    private func append(_ result: QCResult, single: Bool, to buffer: inout JSONBytes) {
        switch format {
        case .json, .jsonl: result.appendJSON(to: &buffer)
        case .text: buffer.append(text: text(of: result, single: single))
        }
    }
}
