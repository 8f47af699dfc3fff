import Foundation

/// Produces completion candidates for a request; called on the thread that reads the line.
public typealias CompletionProvider = @Sendable (CompletionRequest) -> [String]

/// What the user asked to complete with Tab: the whole line and the word under the cursor.
public struct CompletionRequest: Equatable, Sendable {
    /// The whole line being edited, including any text after the cursor.
    public let line: String
    /// The word being completed: from `wordStart` up to the cursor.
    public let word: String
    /// Where `word` starts in `line`, in UTF-8 bytes (readline's own unit).
    public let wordStart: Int

    /// Creates a request; `wordStart` is clamped into the line.
    public init(line: String, word: String, wordStart: Int) {
        self.line = line
        self.word = word
        self.wordStart = min(max(wordStart, 0), line.utf8.count)
    }

    /// The text of the line before the word being completed.
    public var textBeforeWord: String {
        String(decoding: line.utf8.prefix(wordStart), as: UTF8.self)
    }

    /// The words typed before the one being completed, e.g. `["flow", "start"]` for `flow start 14`.
    public var precedingWords: [String] {
        textBeforeWord.split(whereSeparator: \.isWhitespace).map(String.init)
    }

    /// Whether the word being completed is the command itself (nothing but spaces before it).
    public var isFirstWord: Bool {
        precedingWords.isEmpty
    }

    /// Keeps the candidates that extend `word`, once each, in the provider's order.
    ///
    /// readline replaces the word with the candidates' common prefix, so a candidate that does
    /// not start with the word would erase what the user typed.
    func matches(in candidates: [String]) -> [String] {
        var seen = Set<String>()
        return candidates.filter { $0.hasPrefix(word) && seen.insert($0).inserted }
    }
}

extension CompletionRequest {
    /// Builds a request from readline's line buffer, the word it found and the word's byte offset.
    init(lineBuffer: UnsafePointer<CChar>?, word: UnsafePointer<CChar>?, start: Int32) {
        self.init(
            line: Self.decode(lineBuffer),
            word: Self.decode(word),
            wordStart: Int(start)
        )
    }

    /// Decodes a C string leniently: completion must offer something even on a garbled line.
    private static func decode(_ text: UnsafePointer<CChar>?) -> String {
        guard let text else { return "" }
        let bytes = UnsafeRawBufferPointer(start: text, count: strlen(text))
        return String(decoding: bytes, as: UTF8.self)
    }
}
