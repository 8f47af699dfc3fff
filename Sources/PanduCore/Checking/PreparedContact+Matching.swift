extension PreparedContact {
    /// The earliest match of any pattern of `set` in `turnList` (turn order, then position).
    func firstHit(_ set: PatternSet, in turnList: [Int], mode: MatchMode = .strict, closing: Bool = false)
        -> PatternHit?
    {
        guard !set.isEmpty else { return nil }
        for turn in turnList where !set.cannotStart(in: starts[turn], mode: mode) {
            if let hit = firstHit(set, turn: turn, from: turns[turn].tokenStart, mode: mode, closing: closing) {
                return hit
            }
        }
        return nil
    }

    /// Every non-overlapping match in `turnList`.
    func allHits(_ set: PatternSet, in turnList: [Int], mode: MatchMode = .strict, closing: Bool = false)
        -> [PatternHit]
    {
        var hits: [PatternHit] = []
        guard !set.isEmpty else { return hits }
        for turn in turnList where !set.cannotStart(in: starts[turn], mode: mode) {
            var from = turns[turn].tokenStart
            while let hit = firstHit(set, turn: turn, from: from, mode: mode, closing: closing) {
                hits.append(hit)
                from = max(hit.end, hit.start + 1)
            }
        }
        return hits
    }

    /// The first match in one turn at or after token `from`: patterns tried in `PatternSet.candidates` order.
    func firstHit(_ set: PatternSet, turn: Int, from: Int, mode: MatchMode, closing: Bool) -> PatternHit? {
        let turnStart = turns[turn].tokenStart
        let end = turns[turn].tokenEnd
        let clitics = mode.contains(.clitics)
        let typos = mode.contains(.typos)
        return candidates.withUnsafeBufferPointer { typoPool -> PatternHit? in
            var p = from
            while p < end {
                p = tokens.withUnsafeBufferPointer {
                    set.nextStart(in: $0, from: p, end: end, clitics: clitics, typos: typos)
                }
                guard p < end else { break }
                let t = tokens[p]
                let base = clitics ? t.baseID : 0
                let hasTypos = typos && t.candidateCount > 0
                let typoIDs =
                    hasTypos
                    ? UnsafeBufferPointer(
                        rebasing: typoPool[Int(t.candidateStart)..<Int(t.candidateStart) + Int(t.candidateCount)])
                    : UnsafeBufferPointer(start: nil, count: 0)
                let at = p
                if let hit = set.firstCandidate(
                    id: t.id, base: base, typoOf: typoIDs, flags: t.flags,
                    { k -> PatternHit? in
                        guard
                            let (e, fz) = match(
                                set.codes[Int(k)], at: at, turnStart: turnStart, end: end, mode: mode, closing: closing)
                        else { return nil }
                        return PatternHit(turn: turn, start: at, end: e, fuzzy: fz, program: Int(k))
                    })
                {
                    return hit
                }
                p += 1
            }
            return nil
        }
    }

    /// Every match in one turn that needed typo tolerance, any pattern of `set` at any position.
    func typoHits(_ set: PatternSet, turn: Int, closing: Bool = false) -> [PatternHit] {
        var hits: [PatternHit] = []
        var programs: [Int32] = []
        let turnStart = turns[turn].tokenStart
        let end = turns[turn].tokenEnd
        for p in turnStart..<end {
            let t = tokens[p]
            let typos = candidates[Int(t.candidateStart)..<Int(t.candidateStart) + Int(t.candidateCount)]
            set.candidates(id: t.id, base: t.baseID, typoOf: typos, flags: t.flags, into: &programs)
            for k in programs {
                guard
                    let (e, fz) = match(
                        set.codes[Int(k)], at: p, turnStart: turnStart, end: end, mode: .tolerant, closing: closing),
                    fz != 0
                else { continue }
                hits.append(PatternHit(turn: turn, start: p, end: e, fuzzy: fz, program: Int(k)))
            }
        }
        return hits
    }

    private struct Frame {
        var pc: Int32
        var pos: Int32
        var count: Int32
        var fuzzy: UInt64
    }

    /// Runs `program` anchored at token `start`; returns where the match ends and which tokens were typos.
    func match(_ code: PatternProgram.Code, at start: Int, turnStart: Int, end: Int, mode: MatchMode, closing: Bool)
        -> (Int, UInt64)?
    {
        let words = code.words
        let stride = PatternProgram.Code.stride
        return withUnsafeTemporaryAllocation(of: Frame.self, capacity: code.opCount + 2) {
            stack -> (Int, UInt64)? in
            var depth = 0
            var pc = 0
            var pos = start
            var fz: UInt64 = 0
            while true {
                var ok = true
                let w = words + pc * stride
                switch w[0] {
                case PatternProgram.Code.match:
                    return (pos, fz)
                case PatternProgram.Code.literal:
                    if let next = stepLiteral(code.ids + Int(w[1]), Int(w[2]), pos, start, end, mode, &fz) {
                        pos = next
                    } else {
                        ok = false
                    }
                case PatternProgram.Code.slot:
                    if let next = stepSlot(code.slots[Int(w[1])], pos, start, turnStart, end, mode, closing, &fz) {
                        pos = next
                    } else {
                        ok = false
                    }
                case PatternProgram.Code.mark:
                    ok = pos < end && tokens[pos].flags.contains(PhraseToken.Flags(rawValue: UInt32(bitPattern: w[1])))
                case PatternProgram.Code.clauseStart:
                    ok = pos < end && tokens[pos].flags.contains(.clauseStart)
                case PatternProgram.Code.split:
                    stack[depth] = Frame(pc: w[2], pos: Int32(pos), count: 0, fuzzy: fz)
                    depth += 1
                    pc = Int(w[1])
                    continue
                case PatternProgram.Code.jump:
                    pc = Int(w[1])
                    continue
                default:  // gap
                    if settings.gapMax > 0 && gapMayTake(pos, end) {
                        stack[depth] = Frame(pc: Int32(-pc - 1), pos: Int32(pos + 1), count: 1, fuzzy: fz)
                        depth += 1
                    }
                }
                if ok {
                    pc += 1
                    continue
                }
                guard depth > 0 else { return nil }
                depth -= 1
                let f = stack[depth]
                pos = Int(f.pos)
                fz = f.fuzzy
                if f.pc < 0 {
                    let gapPC = Int(-f.pc - 1)
                    if Int(f.count) < settings.gapMax && gapMayTake(pos, end) {
                        stack[depth] = Frame(pc: f.pc, pos: Int32(pos + 1), count: f.count + 1, fuzzy: fz)
                        depth += 1
                    }
                    pc = gapPC + 1
                } else {
                    pc = Int(f.pc)
                }
            }
        }
    }

    /// Whether a gap may swallow token `p`: not past the turn, and (by convention) not into the next sentence.
    @inline(__always)
    private func gapMayTake(_ p: Int, _ end: Int) -> Bool {
        guard p < end else { return false }
        guard settings.gapWithinSentence else { return true }
        return !tokens[p].flags.contains(.sentenceStart)
            && (p + 1 >= end || !tokens[p + 1].flags.contains(.sentenceStart))
    }

    @inline(__always)
    private func stepLiteral(
        _ ids: UnsafeMutablePointer<UInt32>, _ count: Int, _ pos: Int, _ start: Int, _ end: Int, _ mode: MatchMode,
        _ fz: inout UInt64
    ) -> Int? {
        var p = pos
        var skipped = 0
        while p < end {
            let t = tokens[p]
            if t.id != 0 && Self.contains(ids, count, t.id) {
                return p + 1
            } else if t.baseID != 0 && mode.contains(.clitics) && Self.contains(ids, count, t.baseID) {
                return p + 1
            } else if mode.contains(.typos) && t.candidateCount > 0 && isTypo(t, of: ids, count) {
                fz |= 1 << UInt64(min(p - start, 63))
                return p + 1
            }
            guard p > start, skipped < settings.skipMax, t.flags.contains(.skippable) else { return nil }
            p += 1
            skipped += 1
        }
        return nil
    }

    @inline(__always)
    private static func contains(_ ids: UnsafeMutablePointer<UInt32>, _ count: Int, _ id: UInt32) -> Bool {
        for k in 0..<count where ids[k] == id { return true }
        return false
    }

    @inline(__always)
    private func isTypo(_ t: PhraseToken, of ids: UnsafeMutablePointer<UInt32>, _ count: Int) -> Bool {
        let s = Int(t.candidateStart)
        for k in s..<s + Int(t.candidateCount) where Self.contains(ids, count, candidates[k]) { return true }
        return false
    }

    @inline(__always)
    func isTypo(_ t: PhraseToken, of ids: [UInt32]) -> Bool {
        let s = Int(t.candidateStart)
        for k in s..<s + Int(t.candidateCount) where ids.contains(candidates[k]) { return true }
        return false
    }

    private func stepSlot(
        _ slot: PatternSlot, _ pos: Int, _ start: Int, _ turnStart: Int, _ end: Int, _ mode: MatchMode, _ closing: Bool,
        _ fz: inout UInt64
    ) -> Int? {
        var p = pos
        var skipped = 0
        while p < end {
            if let next = slotEnd(slot, p, turnStart, end, mode.contains(.typos), closing) {
                if next.typo { fz |= 1 << UInt64(min(p - start, 63)) }
                return next.end
            }
            guard p > start, skipped < settings.skipMax, tokens[p].flags.contains(.skippable) else { return nil }
            p += 1
            skipped += 1
        }
        return nil
    }
}

/// How tolerant a search is: required phrases accept a `-nya` clitic and, failing that, typos;
/// forbidden words and fail-patterns match exactly.
struct MatchMode: OptionSet, Sendable {
    let rawValue: UInt8
    /// Typos of phrase words (fuzzy tolerance).
    static let typos = MatchMode(rawValue: 1)
    /// `internetnya` for `internet`.
    static let clitics = MatchMode(rawValue: 2)
    static let strict: MatchMode = []
    static let phrase: MatchMode = [.clitics]
    static let tolerant: MatchMode = [.clitics, .typos]
}
