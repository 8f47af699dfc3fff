extension PreparedContact {
    /// The arrays a contact fills, handed from one contact of a batch to the next (`ScoringMemo` keeps
    /// them between transcripts): emptied, not freed, so each is allocated and grown once per batch.
    /// Only capacity passes on; every contact starts from empty arrays, so nothing of one transcript
    /// reaches the next.
    struct Buffers {
        var tokens: [PhraseToken] = []
        var bytes: [UInt8] = []
        var candidates: [UInt32] = []
        var turns: [PreparedTurn] = []
        var starts: [TurnStarts] = []
        var events: [Event] = []
        var agentTurns: [Int] = []
        var customerTurns: [Int] = []
        var holds: [(seconds: Int, beforeTurn: Int)] = []
        var fuzzyReady: [Bool] = []

        /// Empties every array, keeping its memory.
        mutating func removeAll() {
            tokens.removeAll(keepingCapacity: true)
            bytes.removeAll(keepingCapacity: true)
            candidates.removeAll(keepingCapacity: true)
            turns.removeAll(keepingCapacity: true)
            starts.removeAll(keepingCapacity: true)
            events.removeAll(keepingCapacity: true)
            agentTurns.removeAll(keepingCapacity: true)
            customerTurns.removeAll(keepingCapacity: true)
            holds.removeAll(keepingCapacity: true)
            fuzzyReady.removeAll(keepingCapacity: true)
        }
    }

    /// Moves the contact's arrays out (for the next contact of a batch), leaving it empty arrays.
    mutating func takeBuffers() -> Buffers {
        var b = Buffers()
        swap(&b.tokens, &tokens)
        swap(&b.bytes, &bytes)
        swap(&b.candidates, &candidates)
        swap(&b.turns, &turns)
        swap(&b.starts, &starts)
        swap(&b.events, &events)
        swap(&b.agentTurns, &agentTurns)
        swap(&b.customerTurns, &customerTurns)
        swap(&b.holds, &holds)
        swap(&b.fuzzyReady, &fuzzyReady)
        return b
    }
}
