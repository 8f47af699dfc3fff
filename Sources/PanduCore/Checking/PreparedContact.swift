/// A transcript made ready for matching: every turn tokenised once, events placed between turns,
/// placeholders bound. Built per transcript; all rules of the standard read it.
struct PreparedContact {
    /// A hold or call end, placed before the turn with index `beforeTurn` (turns.count: at the end).
    struct Event: Sendable {
        enum Kind: Sendable {
            case hold(seconds: Int)
            case callEnd(byAgent: Bool)
        }
        var kind: Kind
        var beforeTurn: Int
    }

    let transcript: Transcript
    var tokens: [PhraseToken] = []
    var bytes: [UInt8] = []
    var candidates: [UInt32] = []
    var turns: [PreparedTurn] = []
    /// What can start a match in each turn, so a search skips the turns a pattern set cannot start in.
    var starts: [TurnStarts] = []
    var events: [Event] = []
    var agentTurns: [Int] = []
    var customerTurns: [Int] = []
    /// Hold events in order: their length (0 when unknown) and the turn they come before.
    var holds: [(seconds: Int, beforeTurn: Int)] = []
    var bindings = ContactBindings()
    let settings: MatchSettings
    /// Whether `prepareFuzzy` ran for each turn.
    var fuzzyReady: [Bool] = []
    /// Tokens and typo candidates already computed in this batch (nil: compute everything).
    private let memo: ScoringMemo?

    /// Tokenises `transcript`; `needsLocation` binds `{lokasi}` (only standards that use it pay for it);
    /// `memo` reuses the tokens and typo candidates of texts seen earlier in a batch.
    init(
        _ transcript: Transcript, medium: Standard.Medium, tables: CheckerTables, needsLocation: Bool = true,
        memo: ScoringMemo? = nil
    ) {
        // Built by a static function, then moved in field by field. A method called on `self` from the init
        // copied the whole contact out at its end, and so did a delegating `self.init` (a retain and a
        // release of every array and string).
        var (bindings, b) = Self.prepare(
            transcript, medium: medium, tables: tables, needsLocation: needsLocation, memo: memo)
        self.transcript = transcript
        self.settings = tables.settings
        self.memo = memo
        swap(&self.bindings, &bindings)
        swap(&tokens, &b.tokens)
        swap(&bytes, &b.bytes)
        swap(&candidates, &b.candidates)
        swap(&turns, &b.turns)
        swap(&starts, &b.starts)
        swap(&events, &b.events)
        swap(&agentTurns, &b.agentTurns)
        swap(&customerTurns, &b.customerTurns)
        swap(&holds, &b.holds)
        swap(&fuzzyReady, &b.fuzzyReady)
    }

    /// The bindings and the filled arrays of a contact: everything is built in the buffers of the contact
    /// before (in a batch).
    private static func prepare(
        _ transcript: Transcript, medium: Standard.Medium, tables: CheckerTables, needsLocation: Bool,
        memo: ScoringMemo?
    ) -> (ContactBindings, Buffers) {
        var b = memo?.takeBuffers() ?? Buffers()
        var tokenizer = PhraseTokenizer(vocabulary: tables.vocabulary, tokens: b.tokens, bytes: b.bytes)
        b.tokens = []
        b.bytes = []
        var textBytes = 0
        for turn in transcript.turns { textBytes += turn.textLength }
        tokenizer.reserve(textBytes: textBytes)
        b.turns.reserveCapacity(transcript.turns.count)
        var index = 0
        for turn in transcript.turns {
            defer { index += 1 }
            let role: PreparedTurn.Role
            let text: String
            switch turn {
            case .agent(let said):
                role = .agent
                text = said
                b.agentTurns.append(b.turns.count)
            case .customer(let said):
                role = .customer
                text = said
                b.customerTurns.append(b.turns.count)
            case .hold(let seconds):
                b.events.append(Event(kind: .hold(seconds: seconds), beforeTurn: b.turns.count))
                b.holds.append((seconds, b.turns.count))
                continue
            case .callEnd(let byAgent):
                b.events.append(Event(kind: .callEnd(byAgent: byAgent), beforeTurn: b.turns.count))
                continue
            case .event:
                continue
            }
            let start = tokenizer.tokens.count
            let emoji = tokenizer.add(text, memo: memo)
            b.turns.append(
                PreparedTurn(
                    role: role, transcriptIndex: index, tokenStart: start, tokenEnd: tokenizer.tokens.count,
                    text: text, emoji: emoji))
        }
        swap(&b.tokens, &tokenizer.tokens)  // the contact becomes the tokens' sole owner: marking writes them in place
        swap(&b.bytes, &tokenizer.bytes)
        // Bound, marked and summed up on the local buffers.
        let customerWords = needsLocation ? Self.customerWordHashes(b, tables) : nil
        let bindings = ContactBindings(
            transcript, medium: medium, tables: tables, customerWords: customerWords, memo: memo)
        Self.markTokens(&b.tokens, b.bytes, bindings, tables.settings)
        Self.fillStarts(&b.starts, b.turns, b.tokens)
        b.fuzzyReady.append(contentsOf: repeatElement(false, count: b.turns.count))
        return (bindings, b)
    }

    /// The normalised bytes of a token.
    @inline(__always)
    func word(_ i: Int) -> ArraySlice<UInt8> {
        let t = tokens[i]
        return bytes[Int(t.normStart)..<Int(t.normStart + t.normLength)]
    }

    /// The original words of tokens `start..<end` of `turn`, for evidence.
    func quote(turn: Int, start: Int, end: Int) -> String {
        guard end > start else { return "" }
        var text = turns[turn].text
        return text.withUTF8 { u in
            var a = Int(tokens[start].rawStart)
            let b = Int(tokens[end - 1].rawEnd)
            // "(021) 5684085": keep the bracket the quote would otherwise leave unmatched.
            if a > 0, u[a - 1] == 0x28, u[a..<b].contains(0x29) { a -= 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: u[a..<b]), as: UTF8.self)
        }
    }

    /// `quote(turn:start:end:)` appended to `out` as UTF-8.
    func appendQuote(turn: Int, start: Int, end: Int, to out: inout [UInt8]) {
        guard end > start else { return }
        var text = turns[turn].text
        text.withUTF8 { u in
            var a = Int(tokens[start].rawStart)
            let b = Int(tokens[end - 1].rawEnd)
            if a > 0, u[a - 1] == 0x28, u[a..<b].contains(0x29) { a -= 1 }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: u[a..<b]))
        }
    }

    /// Computes, once per turn, which phrase words each unknown token may be a typo of.
    mutating func prepareFuzzy(turn: Int, lexicon: FuzzyLexicon) {
        guard !fuzzyReady[turn] else { return }
        fuzzyReady[turn] = true
        for i in turns[turn].tokenStart..<turns[turn].tokenEnd {
            let t = tokens[i]
            guard !lexicon.isProtected(t.id), t.letters >= 2, !t.flags.contains(.numeric),
                !t.flags.contains(.skippable),
                !bindings.agentName.contains(where: { $0[...] == word(i) })
            else { continue }
            let start = candidates.count
            if let memo {
                memo.candidates(of: word(i), mask: t.letterMask, lexicon: lexicon, into: &candidates)
            } else {
                lexicon.candidates(of: word(i), mask: t.letterMask, into: &candidates)
            }
            tokens[i].candidateStart = Int32(start)
            tokens[i].candidateCount = Int16(candidates.count - start)
            for k in start..<candidates.count { starts[turn].tolerant.insert(candidates[k]) }
        }
    }
}

extension Turn {
    /// UTF-8 length of what was said (0 for events), to size buffers before tokenising.
    fileprivate var textLength: Int {
        switch self {
        case .agent(let text), .customer(let text): text.utf8.count
        default: 0
        }
    }
}
