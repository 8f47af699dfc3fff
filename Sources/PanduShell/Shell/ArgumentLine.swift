import Foundation

/// A shell line split into its command word and the rest, with shell-like words for commands that
/// take arguments (double or single quotes group words; a backslash escapes the next character).
public struct ArgumentLine: Sendable, Equatable {
    public let command: String
    /// Everything after the command word, as typed (for `say`, `note`, …).
    public let rest: String
    public let words: [String]

    public init(_ line: String) {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        let head = trimmed.prefix { !$0.isWhitespace }
        command = String(head)
        rest = String(trimmed.dropFirst(head.count)).trimmingCharacters(in: .whitespaces)
        words = Self.split(rest)
    }

    /// Shell-like word splitting.
    public static func split(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for ch in text {
            if escaped {
                current.append(ch)
                escaped = false
            } else if ch == "\\" {
                escaped = true
                inWord = true
            } else if let q = quote {
                if ch == q { quote = nil } else { current.append(ch) }
            } else if ch == "\"" || ch == "'" {
                quote = ch
                inWord = true
            } else if ch.isWhitespace {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(ch)
                inWord = true
            }
        }
        if inWord { words.append(current) }
        return words
    }
}
