/// 256 bits standing for a set of word ids (each id hashed to one bit): the ids a run of tokens has, or
/// the ids a pattern set's matches can start with. No common bit means no common id, so a pattern set
/// need not look at a turn whose signature it does not meet (most sets, most turns).
struct StartSignature: Sendable {
    private var a: UInt64 = 0
    private var b: UInt64 = 0
    private var c: UInt64 = 0
    private var d: UInt64 = 0

    /// Adds word `id` (0, the unknown word, never starts a match and is left out).
    @inline(__always)
    mutating func insert(_ id: UInt32) {
        guard id != 0 else { return }
        let h = (id &* 0x9E37_79B1) >> 24  // the top byte of a multiplicative hash: 0…255
        let bit: UInt64 = 1 << UInt64(h & 63)
        switch h >> 6 {
        case 0: a |= bit
        case 1: b |= bit
        case 2: c |= bit
        default: d |= bit
        }
    }

    /// Whether some id may be in both (false: certainly none).
    @inline(__always)
    func meets(_ o: StartSignature) -> Bool {
        (a & o.a) | (b & o.b) | (c & o.c) | (d & o.d) != 0
    }

    /// Adds every id of `o`.
    @inline(__always)
    mutating func formUnion(_ o: StartSignature) {
        a |= o.a
        b |= o.b
        c |= o.c
        d |= o.d
    }
}

/// What can start a match somewhere in one turn: its word ids, the same with the `-nya` bases, and the
/// union of its tokens' flags (digits, names, marks).
struct TurnStarts: Sendable {
    var ids = StartSignature()
    var idsAndBases = StartSignature()
    /// `idsAndBases` with the typo candidates of the turn's tokens, once they are computed
    /// (`PreparedContact.prepareFuzzy`): what a tolerant search can start with.
    var tolerant = StartSignature()
    var flags: PhraseToken.Flags = []
}
