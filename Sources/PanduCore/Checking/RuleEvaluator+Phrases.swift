extension RuleEvaluator {
    /// A phrase rule: fail-patterns first, then an agent hang-up, then the required phrases.
    mutating func phrases(_ r: CompiledPhraseRule, _ p: CompiledParameter) -> Outcome {
        let groups = windowGroups(r.window)
        let union = groups.count == 1 ? groups[0] : Array(Set(groups.flatMap { $0 })).sorted()
        if let hit = failHit(r.failIfAny, in: union) {
            let quote = contact.quote(turn: hit.turn, start: hit.start, end: hit.end)
            return Outcome(verdict: .fail, evidence: "ditemukan \(cite(hit))", found: "\"\(quote)\"")
        }
        if let hangup = hangupViolation(r.hangupNeeds) { return Outcome(verdict: .fail, evidence: hangup) }
        if r.any.isEmpty && r.all.isEmpty {
            return Outcome(verdict: .pass, evidence: "tidak ditemukan pelanggaran")
        }
        if r.window == .beforeEachHold || r.window == .afterEachHold, live == nil {
            return eachHold(r, p, groups)
        }
        return required(r, p, turns: groups.first ?? [])
    }

    private mutating func eachHold(_ r: CompiledPhraseRule, _ p: CompiledParameter, _ groups: [[Int]]) -> Outcome {
        guard !groups.isEmpty else {
            return Outcome(verdict: .na, evidence: "tidak berlaku: tidak ada giliran agen setelah hold")
        }
        var passes: [String] = []
        for (i, turns) in groups.enumerated() {
            let label = groups.count > 1 ? "hold ke-\(i + 1): " : ""
            let outcome = required(r, p, turns: turns)
            if outcome.verdict != .pass { return Outcome(verdict: outcome.verdict, evidence: label + outcome.evidence) }
            passes.append(label + outcome.evidence)
        }
        return Outcome(verdict: .pass, evidence: passes.joined(separator: "; "))
    }

    /// The first fail-pattern hit not excused by an `unless` pattern in the same turn.
    func failHit(_ groups: [CompiledGroup], in turns: [Int]) -> PatternHit? {
        // By index: a copy of each group would retain and release its four references.
        for k in groups.indices
        where groups[k].channels.isEmpty || onAnyChannel(groups[k].channels) {
            for hit in contact.allHits(groups[k].set, in: turns)
            where groups[k].unless.isEmpty || contact.firstHit(groups[k].unless, in: [hit.turn]) == nil {
                return hit
            }
        }
        return nil
    }

    /// The agent ended the call without a closing in their last turn.
    private func hangupViolation(_ needs: PatternSet) -> String? {
        guard live == nil, !needs.isEmpty else { return nil }
        for event in contact.events {
            guard case .callEnd(true) = event.kind else { continue }
            guard let last = contact.agentTurns.last(where: { $0 < event.beforeTurn }) else {
                return "agen menutup panggilan tanpa berbicara"
            }
            if contact.firstHit(needs, in: [last], mode: .phrase) == nil {
                return "agen menutup panggilan tanpa salam penutup (\(turnLabel(last)))"
            }
        }
        return nil
    }

    /// The required phrases over one group of turns.
    private mutating func required(_ r: CompiledPhraseRule, _ p: CompiledParameter, turns: [Int]) -> Outcome {
        let closing = r.window == .closing
        let anchor = r.before.isEmpty ? nil : contact.firstHit(r.before, in: agentTurnsSoFar)
        // The evidence of a pass, built as UTF-8 as the phrases are found: "ditemukan A; B; C".
        var evidence: [UInt8] = []
        swap(&evidence, &evidenceBuffer)  // the buffer of the last rule: no allocation per rule
        defer { swap(&evidence, &evidenceBuffer) }
        evidence.removeAll(keepingCapacity: true)
        evidence.reserveCapacity(160)
        Self.append("ditemukan ", to: &evidence)
        var cited = 0
        func separate() {
            if cited > 0 { Self.append("; ", to: &evidence) }
            cited += 1
        }
        let any =
            r.any.allSatisfy { $0.channels.isEmpty }
            ? r.any : r.any.filter { $0.channels.isEmpty || onAnyChannel($0.channels) }
        if !any.isEmpty {
            if r.minCount > 1 {
                let hits = countHits(any, turns, closing: closing, anchor: anchor, needed: r.minCount)
                guard hits.count >= r.minCount else {
                    let seen =
                        hits.isEmpty
                        ? "tidak ditemukan"
                        : "hanya \(hits.count) kali: " + hits.map { cite($0) }.joined(separator: ", ")
                    let what = fill(
                        p.spec.expects ?? any.flatMap { $0.sources }.joined(separator: " / "), closing: closing)
                    return Outcome(verdict: r.whenMissing, evidence: "\(seen) (diharapkan \(what))")
                }
                separate()
                Self.appendDecimal(hits.count, to: &evidence)
                Self.append(" kali: ", to: &evidence)
                for (k, hit) in hits.enumerated() {
                    if k > 0 { Self.append(", ", to: &evidence) }
                    appendCite(hit, to: &evidence)
                }
            } else {
                switch find(any, any.indices, turns, closing: closing, anchor: anchor) {
                case .found(let hit):
                    separate()
                    appendCite(hit, to: &evidence)
                case .late(let hit, let a): return late(hit, a, r.whenMissing)
                case .missing: return missing(r, p, any, turns, closing: closing)
                }
            }
        }
        // By index, and each group searched in place: a copy of a group retains its four references,
        // and `[g]` would allocate an array per group.
        for k in r.all.indices where r.all[k].channels.isEmpty || onAnyChannel(r.all[k].channels) {
            switch find(r.all, k..<k + 1, turns, closing: closing, anchor: anchor) {
            case .found(let hit):
                separate()
                appendCite(hit, to: &evidence)
            case .late(let hit, let a): return late(hit, a, r.whenMissing)
            case .missing:
                return missing(r, p, [r.all[k]], turns, closing: closing, ownWords: r.all.count > 1 || !any.isEmpty)
            }
        }
        return Outcome(verdict: .pass, evidence: String(decoding: evidence, as: UTF8.self))
    }

    enum Search {
        case found(PatternHit)
        /// Found, but only after the anchor the rule must precede.
        case late(PatternHit, PatternHit)
        case missing
    }

    /// Exact first, then tolerating typos; respecting the `before` anchor.
    private mutating func find(
        _ groups: [CompiledGroup], _ range: Range<Int>, _ turns: [Int], closing: Bool, anchor: PatternHit?
    ) -> Search {
        var late: PatternHit?
        for pass in 0..<2 {
            let mode: MatchMode = pass == 0 ? .phrase : .tolerant
            if pass == 1 { for t in turns { contact.prepareFuzzy(turn: t, lexicon: tables.lexicon) } }
            for k in range {  // by index: copying a group would retain its four references
                guard let hit = contact.firstHit(groups[k].set, in: turns, mode: mode, closing: closing) else {
                    continue
                }
                if let anchor, !Self.precedes(hit, anchor) {
                    late = late ?? hit
                    continue
                }
                return .found(hit)
            }
        }
        if let late, let anchor { return .late(late, anchor) }
        return .missing
    }

    /// Matches of the groups, exact first; typos are tolerated only when too few were found.
    private mutating func countHits(
        _ groups: [CompiledGroup], _ turns: [Int], closing: Bool, anchor: PatternHit?, needed: Int
    ) -> [PatternHit] {
        var hits: [PatternHit] = []
        for pass in 0..<2 {
            let mode: MatchMode = pass == 0 ? .phrase : .tolerant
            if pass == 1 { for t in turns { contact.prepareFuzzy(turn: t, lexicon: tables.lexicon) } }
            hits = []
            for k in groups.indices {
                hits += contact.allHits(groups[k].set, in: turns, mode: mode, closing: closing).filter { h in
                    anchor.map { Self.precedes(h, $0) } ?? true
                }
            }
            if hits.count >= needed { break }
        }
        return hits
    }

    static func precedes(_ a: PatternHit, _ b: PatternHit) -> Bool {
        a.turn < b.turn || (a.turn == b.turn && a.start < b.start)
    }

    private func late(_ hit: PatternHit, _ anchor: PatternHit, _ verdict: Verdict) -> Outcome {
        Outcome(verdict: verdict, evidence: "\(cite(hit)) baru muncul setelah \(cite(anchor))")
    }

    private func missing(
        _ r: CompiledPhraseRule, _ p: CompiledParameter, _ groups: [CompiledGroup], _ turns: [Int], closing: Bool,
        ownWords: Bool = false
    ) -> Outcome {
        if r.whenMissing == .na {
            return Outcome(verdict: .na, evidence: "tidak berlaku: tidak ada permintaan data pribadi atau arahan ke DM")
        }
        if turns.isEmpty {
            let what = r.window == .beforeEachHold ? "hold tanpa kalimat apa pun dari agen" : "tidak ada giliran agen"
            return Outcome(verdict: r.whenMissing, evidence: what)
        }
        for d in r.diagnose {
            if contact.firstHit(d.set, in: turns, closing: closing) != nil {
                return Outcome(verdict: r.whenMissing, evidence: fill(d.evidence, closing: closing))
            }
        }
        let what =
            ownWords
            ? groups.flatMap { $0.sources }.prefix(3).joined(separator: " / ")
            : p.spec.expects ?? groups.flatMap { $0.sources }.prefix(3).joined(separator: " / ")
        var evidence = "tidak ditemukan di \(windowName(r.window)): \(fill(what, closing: closing))"
        if let hit = contact.firstHit(r.notAccepted, in: turns) { evidence += "; \(cite(hit)) tidak diterima" }
        return Outcome(verdict: r.whenMissing, evidence: evidence)
    }

    private func windowName(_ w: CheckWindow) -> String {
        if live != nil { return "giliran terbaru" }
        switch w {
        case .firstAgent: return "giliran pertama agen"
        case .agent, .agentAfterOpening, .afterCustomer: return "giliran agen"
        case .closing: return "bagian penutup"
        case .beforeEachHold: return "giliran sebelum hold"
        case .afterEachHold: return "giliran setelah hold"
        }
    }
}
