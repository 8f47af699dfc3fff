extension PreparedContact {
    /// The hashes of the words the customer said (three letters or more, no digits) that may name a place,
    /// in order, repeats kept (`SortedHashes` sorts them once).
    static func customerWordHashes(_ b: Buffers, _ tables: CheckerTables) -> [UInt64] {
        var set: [UInt64] = []
        for turn in b.turns where turn.role == .customer {
            for i in turn.tokenStart..<turn.tokenEnd
            where b.tokens[i].letters >= 3 && !b.tokens[i].flags.contains(.hasDigit) {
                let t = b.tokens[i]
                let h = PhraseVocabulary.hash(b.bytes[Int(t.normStart)..<Int(t.normStart + t.normLength)])
                if !tables.locationIgnore.contains(h) { set.append(h) }
            }
        }
        return set
    }

    /// Marks vocatives the matcher may step over, and where names, initials, report ids and places can start.
    /// Reads the words in place (no slices) and keeps the bindings in locals: it runs on every token.
    static func markTokens(
        _ tokens: inout [PhraseToken], _ bytes: [UInt8], _ bindings: ContactBindings, _ settings: MatchSettings
    ) {
        let names = bindings.customerName
        let firstName = names.first
        let agent = bindings.agentName.first
        let skipIDs = bindings.skipIDs
        let locations = bindings.locationHashes
        let prefix = settings.ticketPrefix
        let initialsMin = settings.initialsMin
        let initialsMax = settings.initialsMax
        // The skippable ids as a bitmap: a test per token instead of a scan of the list.
        let skipWords = Int(skipIDs.max() ?? 0) / 64 + 1
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: skipWords) { skip in
            skip.initialize(repeating: 0)
            for id in skipIDs { skip[Int(id) / 64] |= 1 << UInt64(id % 64) }
            bytes.withUnsafeBufferPointer { b in
                tokens.withUnsafeMutableBufferPointer { ts in
                    for i in ts.indices {
                        let t = ts[i]
                        let w = UnsafeBufferPointer(rebasing: b[Int(t.normStart)..<Int(t.normStart + t.normLength)])
                        var flags: PhraseToken.Flags = []
                        let word = Int(t.id) / 64
                        if (word < skipWords && skip[word] & (1 << UInt64(t.id % 64)) != 0)
                            || names.contains(where: { same(w, $0) })
                        {
                            flags.insert(.skippable)
                        }
                        if let firstName, same(w, firstName) { flags.insert(.customerName) }
                        if let agent, same(w, agent) { flags.insert(.agentName) }
                        if t.flags.contains(.allCaps), !t.flags.contains(.hasDigit),
                            (initialsMin...initialsMax).contains(Int(t.letters))
                        {
                            flags.insert(.initialsLike)
                        }
                        if !prefix.isEmpty, w.first == prefix.first, w.count == 1 || w.starts(with: prefix) {
                            flags.insert(.ticketLike)
                        }
                        if !locations.isEmpty, t.letters >= 3,
                            locations.contains(
                                PhraseVocabulary.hash(bytes[Int(t.normStart)..<Int(t.normStart + t.normLength)]))
                        {
                            flags.insert(.location)
                        }
                        ts[i].flags.formUnion(flags)
                    }
                }
            }
        }
    }

    /// Whether a word's bytes equal `name`.
    @inline(__always)
    private static func same(_ w: UnsafeBufferPointer<UInt8>, _ name: [UInt8]) -> Bool {
        guard w.count == name.count else { return false }
        for k in 0..<w.count where w[k] != name[k] { return false }
        return true
    }

    /// What can start a match in each turn: its ids, `-nya` bases and the flags of its marked tokens.
    static func fillStarts(_ starts: inout [TurnStarts], _ turns: [PreparedTurn], _ tokens: [PhraseToken]) {
        starts.reserveCapacity(turns.count)
        tokens.withUnsafeBufferPointer { ts in
            for turn in turns {
                var s = TurnStarts()
                for i in turn.tokenStart..<turn.tokenEnd {
                    let t = ts[i]
                    s.ids.insert(t.id)
                    s.idsAndBases.insert(t.id)
                    s.idsAndBases.insert(t.baseID)
                    s.flags.formUnion(t.flags)
                }
                s.tolerant = s.idsAndBases
                starts.append(s)
            }
        }
    }
}
