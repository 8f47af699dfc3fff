/// Compiles parsed patterns against the vocabulary, expanding macros; interns every phrase word.
struct PatternCompiler {
    var vocabulary: PhraseVocabulary
    let conventions: CheckingConventions
    private var ops: [PatternProgram.Op] = []
    private var literals: [PatternLiteral] = []
    private var macroDepth = 0

    /// Ids of the words some placeholders stand for, known before any contact.
    let staticIDs: (honorifics: [UInt32], greetings: [UInt32], rupiah: [UInt32])

    init(vocabulary: PhraseVocabulary, conventions: CheckingConventions, tables: CheckerTables) {
        self.vocabulary = vocabulary
        self.conventions = conventions
        staticIDs = (tables.honorificAnyIDs, tables.allGreetingIDs, tables.rupiahIDs)
    }

    /// Placeholder names the engine binds itself (besides the conventions' macros).
    static var builtInPlaceholders: Set<String> { Set(PatternSlot.allCases.map(\.rawValue) + ["start"]) }

    /// Compiles one pattern text.
    mutating func compile(_ source: String) throws -> PatternProgram {
        let tree = try PhrasePatternParser.parse(source)
        ops = []
        literals = []
        try emit(tree)
        ops.append(.match)
        var first = FirstTokens()
        var seen = Set<Int>()
        collectFirst(at: 0, into: &first, seen: &seen)
        return PatternProgram(ops: ops, literals: literals, source: source, first: first)
    }

    /// Walks the zero-width and branching ops from `pc` to the token-consuming ops a match can begin with.
    private func collectFirst(at pc: Int, into first: inout FirstTokens, seen: inout Set<Int>) {
        guard !first.any, seen.insert(pc).inserted else { return }
        switch ops[pc] {
        case .literal(let k): first.ids.formUnion(literals[Int(k)].ids)
        case .split(let a, let b):
            collectFirst(at: Int(a), into: &first, seen: &seen)
            collectFirst(at: Int(b), into: &first, seen: &seen)
        case .jump(let a): collectFirst(at: Int(a), into: &first, seen: &seen)
        case .mark, .clauseStart: collectFirst(at: pc + 1, into: &first, seen: &seen)
        case .slot(let slot):
            switch slot {
            case .honorific, .honorificAny: first.ids.formUnion(staticIDs.honorifics)
            case .greetingTime, .wrongGreetingTime: first.ids.formUnion(staticIDs.greetings)
            case .number, .phone, .phoneArea, .nik: first.digits = true
            case .money:
                first.digits = true
                first.ids.formUnion(staticIDs.rupiah)
            case .agentName: first.dynamic.insert(.agentName)
            case .customerName: first.dynamic.insert(.customerName)
            case .initials: first.dynamic.insert(.initialsLike)
            case .ticketID: first.dynamic.insert(.ticketLike)
            case .lokasi: first.dynamic.insert(.location)
            }
        case .gap, .match: first.any = true
        }
    }

    private mutating func emit(_ node: PhrasePattern) throws {
        switch node {
        case .text(let text):
            for token in tokens(of: text) { emitLiteral([token]) }
        case .word(let spellings):
            let forms = spellings.map { tokens(of: $0) }
            if forms.allSatisfy({ $0.count == 1 }) {
                emitLiteral(forms.map { $0[0] })
            } else {
                try emit(.choice(spellings.map { .text($0) }))
            }
        case .sequence(let items):
            for item in items { try emit(item) }
        case .choice(let alternatives):
            try emitChoice(alternatives)
        case .optional(let inner):
            let split = ops.count
            ops.append(.split(0, 0))
            try emit(inner)
            ops[split] = .split(Int32(split + 1), Int32(ops.count))
        case .gap:
            ops.append(.gap)
        case .mark(let c):
            ops.append(.mark(c == "~" ? .markTilde : c == "^" ? .markCaret : .markDash))
        case .placeholder(let name):
            try emitPlaceholder(name)
        }
    }

    private mutating func emitChoice(_ alternatives: [PhrasePattern]) throws {
        let singles = alternatives.map(singleWordForms)
        if singles.allSatisfy({ $0 != nil }) {
            emitLiteral(singles.flatMap { $0! })
            return
        }
        var jumps: [Int] = []
        for (i, alt) in alternatives.enumerated() {
            let isLast = i == alternatives.count - 1
            let split = ops.count
            if !isLast { ops.append(.split(0, 0)) }
            try emit(alt)
            if !isLast {
                jumps.append(ops.count)
                ops.append(.jump(0))
                ops[split] = .split(Int32(split + 1), Int32(ops.count))
            }
        }
        for j in jumps { ops[j] = .jump(Int32(ops.count)) }
    }

    private mutating func emitPlaceholder(_ name: String) throws {
        if name == "start" {
            ops.append(.clauseStart)
        } else if let slot = PatternSlot(rawValue: name) {
            ops.append(.slot(slot))
        } else if let expansions = conventions.macros[name] {
            guard macroDepth < 4 else {
                throw PatternSyntaxError(pattern: name, offset: 0, reason: "macro {\(name)} refers to itself")
            }
            macroDepth += 1
            defer { macroDepth -= 1 }
            try emitChoice(try expansions.map { try PhrasePatternParser.parse($0) })
        } else {
            throw PatternSyntaxError(pattern: "{\(name)}", offset: 0, reason: "unknown placeholder {\(name)}")
        }
    }

    /// The token forms of an alternative that is one plain token, else nil.
    private func singleWordForms(_ node: PhrasePattern) -> [[UInt8]]? {
        switch node {
        case .text(let t):
            let forms = tokens(of: t)
            return forms.count == 1 ? forms : nil
        case .word(let spellings):
            let forms = spellings.map { tokens(of: $0) }
            return forms.allSatisfy { $0.count == 1 } ? forms.map { $0[0] } : nil
        case .sequence(let items) where items.count == 1:
            return singleWordForms(items[0])
        default:
            return nil
        }
    }

    private mutating func emitLiteral(_ forms: [[UInt8]]) {
        var literal = PatternLiteral(ids: [], fuzzy: [])
        for form in forms {
            let id = vocabulary.intern(form[...])
            if !literal.ids.contains(id) { literal.ids.append(id) }
            let letters = form.filter { $0 >= 0x61 && $0 <= 0x7A }.count
            let isNumber = form.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
            let limit = isNumber ? 0 : conventions.maxDistance(letters: letters)
            if limit > 0 {
                literal.fuzzy.append(FuzzyForm(bytes: form, mask: PhraseVocabulary.mask(form[...]), limit: limit))
            }
        }
        ops.append(.literal(Int32(literals.count)))
        literals.append(literal)
    }

    /// The normalised tokens of a pattern's plain words, as byte strings.
    private func tokens(of text: String) -> [[UInt8]] {
        var tokenizer = PhraseTokenizer(vocabulary: vocabulary)
        tokenizer.add(text)
        return tokenizer.tokens.map { t in
            Array(tokenizer.bytes[Int(t.normStart)..<Int(t.normStart + t.normLength)])
        }
    }
}
