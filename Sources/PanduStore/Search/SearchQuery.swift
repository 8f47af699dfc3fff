import Foundation

/// What a person typed, turned into an FTS5 query that cannot carry FTS5 or SQL syntax: the words are
/// case- and diacritics-folded, split on everything that is not a letter or digit, and each is quoted.
/// The last word is a prefix while it is still being typed (no trailing space).
struct SearchQuery: Sendable, Equatable {
    /// Beyond this, input is ignored: a pasted 1 MB line must not cost a 1 MB query.
    static let maxInputCharacters = 512
    static let maxWords = 12
    static let maxWordCharacters = 48

    /// The folded words, in the order typed.
    let words: [String]
    /// Whether the last word is matched as a prefix.
    let prefixLast: Bool

    init(_ text: String) {
        let head = String(text.prefix(Self.maxInputCharacters))
        words = Self.words(in: head)
        prefixLast = head.last.map { $0.isLetter || $0.isNumber } ?? false
    }

    /// Folded letter-and-digit runs of `text`.
    static func words(in text: String) -> [String] {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
        let split = folded.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
        return split.prefix(maxWords).map { String($0.prefix(maxWordCharacters)) }
    }

    /// Every word must match (in any column, any order); nil when nothing searchable was typed.
    var allWords: String? { joined(by: " ") }

    /// Any word may match; the tolerant second try when `allWords` finds nothing.
    var anyWord: String? { joined(by: " OR ") }

    /// A filter on one column that all of `phrase`'s words appear there, in order.
    static func column(_ name: String, phrase: String) -> String? {
        let words = words(in: phrase)
        guard !words.isEmpty else { return nil }
        return "\(name) : \"\(words.joined(separator: " "))\""
    }

    private func joined(by separator: String) -> String? {
        guard !words.isEmpty else { return nil }
        // Words hold only letters and digits, so quoting them needs no escaping.
        let terms = words.enumerated().map { index, word in
            index == words.count - 1 && prefixLast ? "\"\(word)\"*" : "\"\(word)\""
        }
        return terms.joined(separator: separator)
    }
}
