extension RuleEvaluator {
    /// Forbidden words (exact, whole tokens), the voice opener on the first turn, reduplicated forbidden
    /// words, and on written channels emoticons, emoji, capitals, stretched letters and typos.
    mutating func forbidden(_ f: CompiledForbidden) -> Outcome {
        let turns = windowGroups(f.window).flatMap { $0 }
        var items: [String] = []
        var found: [String] = []
        func add(_ quote: String, _ turn: Int, _ label: String = "") {
            items.append("\(label)\"\(quote)\" (\(turnLabel(turn)))")
            found.append("\"\(quote)\"")
        }
        for hit in contact.allHits(f.lists, in: turns) {
            add(contact.quote(turn: hit.turn, start: hit.start, end: hit.end), hit.turn)
        }
        if !f.firstTurn.isEmpty, !written, hasOpening, let first = contact.agentTurns.first, turns.contains(first) {
            for hit in contact.allHits(f.firstTurn, in: [first]) {
                add(contact.quote(turn: first, start: hit.start, end: hit.end), first, "pembuka ")
            }
        }
        for (turn, token) in reduplicated(f, turns) {
            add(contact.quote(turn: turn, start: token, end: token + 1), turn)
        }
        if written, let rules = f.written, let tables = f.writtenTables {
            let extra = writtenItems(rules, tables, turns)
            for e in extra.quoted { add(e.quote, e.turn, e.label) }
            items += extra.plain
        }
        if written, f.typos {
            for typo in typos(turns) {
                items.append("salah ketik \"\(typo.quote)\" (→ \"\(typo.meant)\", \(turnLabel(typo.turn)))")
                found.append("\"\(typo.quote)\"")
            }
        }
        guard !items.isEmpty else {
            return Outcome(verdict: .pass, evidence: "tidak ditemukan kata atau pola terlarang")
        }
        return Outcome(
            verdict: .fail, evidence: "ditemukan " + items.joined(separator: ", "), found: found.joined(separator: ", ")
        )
    }

    /// `ngerti-ngerti`: a reduplication of a forbidden word is that word.
    private func reduplicated(_ f: CompiledForbidden, _ turns: [Int]) -> [(Int, Int)] {
        var result: [(Int, Int)] = []
        for turn in turns {
            for i in contact.turns[turn].tokenStart..<contact.turns[turn].tokenEnd
            where contact.tokens[i].flags.contains(.reduplicated) {
                let word = contact.word(i)
                guard let dash = word.firstIndex(of: 0x2D) else { continue }
                let left = word[word.startIndex..<dash]
                let right = word[word.index(after: dash)...]
                if left.elementsEqual(right), f.singleWords.contains(tables.vocabulary.lookup(left)) {
                    result.append((turn, i))
                }
            }
        }
        return result
    }

    /// Emoticons, stretched letters, capitals and emoji: quoted findings and plain ones (the emoji count).
    private func writtenItems(_ rules: WrittenRules, _ t: WrittenTables, _ turns: [Int])
        -> (quoted: [(label: String, quote: String, turn: Int)], plain: [String])
    {
        var quoted: [(label: String, quote: String, turn: Int)] = []
        var emoji = 0
        for turn in turns {
            emoji += contact.turns[turn].emoji
            for sign in t.signs where Self.contains(contact.turns[turn].text, sign) {
                quoted.append(("emotikon ", String(decoding: sign, as: UTF8.self), turn))
            }
            let range = contact.turns[turn].tokenStart..<contact.turns[turn].tokenEnd
            var run = range.lowerBound
            for i in range.lowerBound...range.upperBound {
                if i < range.upperBound {
                    let token = contact.tokens[i]
                    let word = contact.word(i)
                    if rules.elongation && token.flags.contains(.elongated) {
                        quoted.append(("huruf berulang ", contact.quote(turn: turn, start: i, end: i + 1), turn))
                    }
                    if t.words.contains(where: { word.elementsEqual($0) })
                        || t.prefixes.contains(where: { word.starts(with: $0) })
                    {
                        quoted.append(("emotikon ", contact.quote(turn: turn, start: i, end: i + 1), turn))
                    }
                    if token.flags.contains(.allCaps), token.letters >= 2, !t.acronyms.contains(Array(word)) {
                        continue
                    }
                }
                if i - run >= rules.allCapsMinRun {
                    quoted.append(("huruf kapital ", contact.quote(turn: turn, start: run, end: i), turn))
                }
                run = i + 1
            }
        }
        let max = contact.bindings.complaint ? rules.emojiMaxOnComplaint : rules.emojiMaxOtherwise
        guard emoji > max else { return (quoted, []) }
        return (quoted, ["\(emoji) emoji (maks. \(max)\(contact.bindings.complaint ? " pada keluhan" : ""))"])
    }

    /// Whether the UTF-8 bytes of `text` contain `needle`.
    private static func contains(_ text: String, _ needle: [UInt8]) -> Bool {
        var text = text
        return text.withUTF8 { u in
            guard let first = needle.first, u.count >= needle.count else { return false }
            var i = 0
            while i + needle.count <= u.count {
                if u[i] == first {
                    var k = 1
                    while k < needle.count && u[i + k] == needle[k] { k += 1 }
                    if k == needle.count { return true }
                }
                i += 1
            }
            return false
        }
    }

    /// Tokens that are typos of a required phrase word: they complete a phrase only with typo tolerance.
    private mutating func typos(_ turns: [Int]) -> [(turn: Int, quote: String, meant: String)] {
        var result: [(turn: Int, quote: String, meant: String)] = []
        var seen: Set<Int> = []
        for turn in turns {
            contact.prepareFuzzy(turn: turn, lexicon: tables.lexicon)
            let range = contact.turns[turn].tokenStart..<contact.turns[turn].tokenEnd
            guard range.contains(where: { contact.tokens[$0].candidateCount > 0 }) else { continue }
            for hit in contact.typoHits(standard.typoProbe, turn: turn)
            where contact.firstHit(standard.typoSingles[hit.program], in: [turn], mode: .phrase) == nil {
                for bit in 0..<min(64, hit.end - hit.start) where hit.fuzzy & (1 << UInt64(bit)) != 0 {
                    let i = hit.start + bit
                    guard seen.insert(i).inserted else { continue }
                    let token = contact.tokens[i]
                    let meant =
                        token.candidateCount > 0
                        ? String(
                            decoding: tables.vocabulary.words[Int(contact.candidates[Int(token.candidateStart)])],
                            as: UTF8.self)
                        : "?"
                    result.append((turn, contact.quote(turn: turn, start: i, end: i + 1), meant))
                }
            }
        }
        return result
    }
}
