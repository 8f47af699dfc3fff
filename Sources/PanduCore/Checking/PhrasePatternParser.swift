/// Parses the pattern syntax of the standards: `(a|b)`, `[x]`, `(x)?`, `…`, `{placeholder}`, sign-off marks.
public struct PhrasePatternParser {
    private let chars: [Character]
    private let source: String
    private var index = 0

    /// Sign-off marks: written right before the agent's name or initials.
    static let marks: Set<Character> = ["-", "–", "—", "~", "^"]
    private static let specials: Set<Character> = ["(", ")", "[", "]", "{", "}", "|", "…"]

    private init(_ source: String) {
        self.source = source
        self.chars = Array(source)
    }

    /// Parses `source` into a pattern tree, or explains where the syntax is wrong.
    public static func parse(_ source: String) throws -> PhrasePattern {
        var parser = PhrasePatternParser(source)
        let alternatives = try parser.alternatives(closer: nil)
        guard parser.index == parser.chars.count else {
            throw parser.failure("unexpected \"\(parser.chars[parser.index])\"")
        }
        let pattern = alternatives.count == 1 ? alternatives[0] : .choice(alternatives)
        if case .sequence(let items) = pattern, items.isEmpty { throw parser.failure("the pattern is empty") }
        return pattern
    }

    private func failure(_ reason: String) -> PatternSyntaxError {
        PatternSyntaxError(pattern: source, offset: min(index, chars.count), reason: reason)
    }

    private var current: Character? { index < chars.count ? chars[index] : nil }

    private mutating func alternatives(closer: Character?) throws -> [PhrasePattern] {
        var result = [try sequence(closer: closer)]
        while current == "|" {
            index += 1
            result.append(try sequence(closer: closer))
        }
        return result
    }

    private mutating func sequence(closer: Character?) throws -> PhrasePattern {
        var items: [PhrasePattern] = []
        while true {
            while let c = current, c.isWhitespace { index += 1 }
            guard let c = current, c != "|", c != closer else { break }
            if c == ")" || c == "]" { throw failure("unbalanced \"\(c)\"") }
            items.append(contentsOf: try chunk(closer: closer))
        }
        return .sequence(Self.mergingText(items))
    }

    /// One whitespace-free stretch: atoms that touch each other.
    private mutating func chunk(closer: Character?) throws -> [PhrasePattern] {
        var atoms: [PhrasePattern] = []
        while let c = current, !c.isWhitespace, c != "|", c != closer {
            if c == ")" || c == "]" { throw failure("unbalanced \"\(c)\"") }
            atoms.append(try atom())
        }
        return try assemble(atoms)
    }

    private mutating func atom() throws -> PhrasePattern {
        let c = chars[index]
        switch c {
        case "(":
            index += 1
            let alts = try alternatives(closer: ")")
            guard current == ")" else { throw failure("missing \")\"") }
            index += 1
            if alts.contains(where: Self.isEmpty) && alts.count == 1 { throw failure("empty group \"()\"") }
            if current == "?" {
                index += 1
                return .optional(.choice(alts))
            }
            return .choice(alts)
        case "[":
            index += 1
            let alts = try alternatives(closer: "]")
            guard current == "]" else { throw failure("missing \"]\"") }
            index += 1
            if alts.count == 1 && Self.isEmpty(alts[0]) { throw failure("empty optional \"[]\"") }
            return .optional(alts.count == 1 ? alts[0] : .choice(alts))
        case "{":
            let start = index
            index += 1
            var name = ""
            while let n = current, n != "}" {
                guard n.isLetter || n.isNumber || n == "_" else { throw failure("bad placeholder character \"\(n)\"") }
                name.append(n)
                index += 1
            }
            guard current == "}" else {
                index = start
                throw failure("missing \"}\"")
            }
            index += 1
            guard !name.isEmpty else { throw failure("empty placeholder \"{}\"") }
            return .placeholder(name)
        case "…":
            index += 1
            return .gap
        default:
            if c == ".", index + 2 < chars.count, chars[index + 1] == ".", chars[index + 2] == "." {
                index += 3
                return .gap
            }
            var literal = ""
            while let n = current, !n.isWhitespace, !Self.specials.contains(n) {
                if n == ".", index + 2 < chars.count, chars[index + 1] == ".", chars[index + 2] == "." { break }
                literal.append(n)
                index += 1
            }
            return .text(literal)
        }
    }

    /// Turns touching atoms into one token with spelled alternatives, a mark plus its target, or a sequence.
    private func assemble(_ atoms: [PhrasePattern]) throws -> [PhrasePattern] {
        guard atoms.count > 1 else { return atoms.map(Self.markOrSelf) }
        if let spellings = Self.spellings(of: atoms) { return [.word(spellings)] }
        var result: [PhrasePattern] = []
        for (i, atom) in atoms.enumerated() {
            if i == 0, case .text(let t) = atom, t.allSatisfy({ Self.marks.contains($0) }), let mark = t.first {
                result.append(.mark(mark))
            } else if case .text(let t) = atom, i == 0, let first = t.first, Self.marks.contains(first), t.count > 1 {
                result.append(.mark(first))
                result.append(.text(String(t.dropFirst())))
            } else {
                result.append(atom)
            }
        }
        return result
    }

    private static func markOrSelf(_ atom: PhrasePattern) -> PhrasePattern {
        if case .text(let t) = atom, t.count == 1, let c = t.first, marks.contains(c) { return .mark(c) }
        if case .text(let t) = atom, t.count > 1, let c = t.first, marks.contains(c),
            let next = t.dropFirst().first, next.isLetter || next.isNumber
        {
            return .sequence([.mark(c), .text(String(t.dropFirst()))])
        }
        return atom
    }

    /// `ketidaknyamanan[nya]`, `(ke|di)mana`: letters touching simple groups spell one token.
    private static func spellings(of atoms: [PhrasePattern]) -> [String]? {
        var results = [""]
        for (i, atom) in atoms.enumerated() {
            switch atom {
            case .text(let t):
                guard t.contains(where: { $0.isLetter || $0.isNumber }) else { return nil }
                if i == 0, let first = t.first, marks.contains(first) { return nil }
                results = results.map { $0 + t }
            case .choice(let alts):
                guard let words = simpleWords(alts) else { return nil }
                results = results.flatMap { r in words.map { r + $0 } }
            case .optional(let inner):
                let alts: [PhrasePattern]
                if case .choice(let a) = inner { alts = a } else { alts = [inner] }
                guard let words = simpleWords(alts) else { return nil }
                results = results.flatMap { r in [r] + words.map { r + $0 } }
            default:
                return nil
            }
        }
        return results
    }

    private static func simpleWords(_ alts: [PhrasePattern]) -> [String]? {
        var words: [String] = []
        for alt in alts {
            switch alt {
            case .sequence(let items) where items.isEmpty: words.append("")
            case .sequence(let items) where items.count == 1:
                guard case .text(let t) = items[0], !t.contains(where: \.isWhitespace) else { return nil }
                words.append(t)
            case .text(let t) where !t.contains(where: \.isWhitespace): words.append(t)
            default: return nil
            }
        }
        return words
    }

    private static func isEmpty(_ p: PhrasePattern) -> Bool {
        if case .sequence(let items) = p { return items.isEmpty }
        return false
    }

    /// Adjacent plain words become one text, so number words ("dua puluh empat") normalise together.
    private static func mergingText(_ items: [PhrasePattern]) -> [PhrasePattern] {
        var result: [PhrasePattern] = []
        for item in items {
            if case .text(let t) = item, case .text(let previous)? = result.last {
                result[result.count - 1] = .text(previous + " " + t)
            } else {
                result.append(item)
            }
        }
        return result
    }
}
