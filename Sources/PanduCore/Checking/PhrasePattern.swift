/// A phrase pattern of the standards' rule language, parsed but not yet bound to a vocabulary.
public indirect enum PhrasePattern: Hashable, Sendable {
    /// Plain words as written; normalised into tokens when compiled.
    case text(String)
    /// One token with alternative spellings, e.g. `ketidaknyamanan[nya]`.
    case word([String])
    /// Elements one after the other.
    case sequence([PhrasePattern])
    /// One of the alternatives, `(a|b)`.
    case choice([PhrasePattern])
    /// `[x]` or `(x)?`.
    case optional(PhrasePattern)
    /// `…`: up to the conventions' gap of tokens in the same turn.
    case gap
    /// `{name}`: bound to the contact or expanded from the conventions' macros.
    case placeholder(String)
    /// A sign-off mark (`-`, `–`, `~`, `^`) written right before the next token.
    case mark(Character)

    /// Every placeholder name used, for validation.
    public var placeholders: [String] {
        switch self {
        case .placeholder(let name): [name]
        case .sequence(let items), .choice(let items): items.flatMap(\.placeholders)
        case .optional(let inner): inner.placeholders
        case .text, .word, .gap, .mark: []
        }
    }
}

/// Why a pattern could not be parsed; `offset` counts characters from the start of the pattern.
public struct PatternSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
    public var pattern: String
    public var offset: Int
    public var reason: String

    /// A syntax error at `offset` of `pattern`.
    public init(pattern: String, offset: Int, reason: String) {
        self.pattern = pattern
        self.offset = offset
        self.reason = reason
    }

    public var description: String { "\(reason) at character \(offset + 1) of \"\(pattern)\"" }
}
