import Foundation

/// Work a batch of transcripts need not repeat: the tokens of a turn text seen before (agents say the
/// same scripted lines all day), and the typo candidates of a word seen before. Both are pure functions
/// of the text and the checker's vocabulary, so a hit gives exactly what recomputing would.
/// Use one memo with one `PhraseChecker` only, on one thread; it stops growing at `limit` entries.
public final class ScoringMemo {
    /// The typo candidates of one word (the word kept to rule out a hash collision).
    private struct Typos {
        var word: [UInt8]
        var candidates: [UInt32]
    }

    /// Open addressing on the text's hash: `slots[i]` is 1 + an index into `entries`, 0 when empty.
    /// Keyed by the UTF-8 bytes, not by `String` equality: canonically equivalent texts (a precomposed
    /// `é` and `e` + combining accent) are equal Strings but tokenise differently. Every turn lives in
    /// three flat arenas, so a hit copies tokens and bytes without retaining an array per turn.
    private var turns: Turns
    private var typos: [UInt64: Typos] = [:]
    private let limit: Int
    /// The arrays of the last contact scored, emptied and handed to the next (a batch scores one contact
    /// at a time): its buffers are allocated and grown once per batch instead of once per transcript.
    private var buffers = PreparedContact.Buffers()
    /// The words of names seen before (a floor's agents and callers recur all day), keyed like the turn
    /// texts by their bytes; the name's bytes are kept to rule out a hash collision.
    private var names: [UInt64: (text: [UInt8], words: [[UInt8]])] = [:]

    /// A memo holding at most `limit` turn texts and `limit` words.
    public init(limit: Int = 100_000) {
        self.limit = limit
        turns = Turns(limit: limit)
    }

    /// Appends the remembered tokens and bytes of `text` (token offsets moved to where the bytes land);
    /// returns its emoji count, or nil when the text is not remembered.
    func appendTurn(_ text: UnsafeBufferPointer<UInt8>, tokens: inout [PhraseToken], bytes: inout [UInt8]) -> Int? {
        turns.appendTurn(text, tokens: &tokens, bytes: &bytes)
    }

    /// The kept buffers, empty (their capacity kept); the memo keeps none until `recycle` gives them back.
    func takeBuffers() -> PreparedContact.Buffers {
        var taken = PreparedContact.Buffers()
        swap(&taken, &buffers)
        taken.removeAll()
        return taken
    }

    /// Keeps the buffers of a contact that is done with (the contact is left without them).
    func recycle(_ contact: inout PreparedContact) {
        buffers = contact.takeBuffers()
    }

    /// `ContactBindings.words(name)`, worked out once per distinct name.
    func nameWords(_ name: String) -> [[UInt8]] {
        var name = name
        return name.withUTF8 { u in
            let hash = ByteHash.of(u)
            if let known = names[hash] {
                return known.text.elementsEqual(u) ? known.words : ContactBindings.words(u)
            }
            let words = ContactBindings.words(u)
            if names.count < limit { names[hash] = (Array(u), words) }
            return words
        }
    }

    /// Keeps the tokens of `text` (the first text of a hash wins; a colliding one is simply tokenised
    /// each time); `tokens` have their offsets counted from `byteBase`.
    func remember(
        _ text: UnsafeBufferPointer<UInt8>, tokens: ArraySlice<PhraseToken>, bytes: ArraySlice<UInt8>, byteBase: Int,
        emoji: Int
    ) {
        turns.remember(text, tokens: tokens, bytes: bytes, byteBase: byteBase, emoji: emoji)
    }

    /// `lexicon.candidates(of:mask:into:)`, computed once per distinct word.
    func candidates(of word: ArraySlice<UInt8>, mask: UInt32, lexicon: FuzzyLexicon, into out: inout [UInt32]) {
        let hash = PhraseVocabulary.hash(word)
        if let known = typos[hash] {
            if known.word[...] == word {
                out.append(contentsOf: known.candidates)
                return
            }
            lexicon.candidates(of: word, mask: mask, into: &out)  // a collision: compute, keep the first
            return
        }
        let start = out.count
        lexicon.candidates(of: word, mask: mask, into: &out)
        if typos.count < limit { typos[hash] = Typos(word: Array(word), candidates: Array(out[start...])) }
    }
}

/// The turn texts of a `ScoringMemo`: a struct in one property of the class, so a lookup checks exclusive
/// access once, not once per array it reads (each read of a class's array property is checked).
private struct Turns {
    private var slots = [Int32](repeating: 0, count: 1024)
    private var entries: [Entry] = []
    private var texts: [UInt8] = []
    private var tokenArena: [PhraseToken] = []
    private var byteArena: [UInt8] = []
    private let limit: Int

    init(limit: Int) {
        self.limit = limit
    }

    /// Where a remembered turn text, its tokens (byte offsets counted from the turn's first normalised
    /// byte) and its normalised bytes lie in the arenas.
    private struct Entry {
        var hash: UInt64
        var textStart: Int
        var textCount: Int
        var tokenStart: Int
        var tokenCount: Int
        var byteStart: Int
        var byteCount: Int
        var emoji: Int
    }

    /// Appends the remembered tokens and bytes of `text` (token offsets moved to where the bytes land);
    /// returns its emoji count, or nil when the text is not remembered. `mutating` though it changes
    /// nothing: called on the memo's stored property, a non-mutating method got a copy of the struct
    /// (a retain and a release of each of its five arrays per turn).
    mutating func appendTurn(_ text: UnsafeBufferPointer<UInt8>, tokens: inout [PhraseToken], bytes: inout [UInt8])
        -> Int?
    {
        let hash = ByteHash.of(text)
        guard let k = find(hash) else { return nil }
        let e = entries[k]
        guard e.textCount == text.count, sameText(e, text) else { return nil }
        let byteBase = Int32(bytes.count)
        let first = tokens.count
        tokenArena.withUnsafeBufferPointer { arena in
            tokens.append(contentsOf: UnsafeBufferPointer(rebasing: arena[e.tokenStart..<e.tokenStart + e.tokenCount]))
        }
        tokens.withUnsafeMutableBufferPointer { ts in
            for i in first..<ts.count { ts[i].normStart += byteBase }
        }
        byteArena.withUnsafeBufferPointer { arena in
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: arena[e.byteStart..<e.byteStart + e.byteCount]))
        }
        return e.emoji
    }

    /// Keeps the tokens of `text` (the first text of a hash wins; a colliding one is simply tokenised
    /// each time); `tokens` have their offsets counted from `byteBase`.
    mutating func remember(
        _ text: UnsafeBufferPointer<UInt8>, tokens: ArraySlice<PhraseToken>, bytes: ArraySlice<UInt8>, byteBase: Int,
        emoji: Int
    ) {
        guard entries.count < limit else { return }
        let hash = ByteHash.of(text)
        guard find(hash) == nil else { return }
        if (entries.count + 1) * 2 > slots.count { grow() }
        let entry = Entry(
            hash: hash, textStart: texts.count, textCount: text.count, tokenStart: tokenArena.count,
            tokenCount: tokens.count, byteStart: byteArena.count, byteCount: bytes.count, emoji: emoji)
        texts.append(contentsOf: text)
        let first = tokenArena.count
        tokenArena.append(contentsOf: tokens)
        for i in first..<tokenArena.count { tokenArena[i].normStart -= Int32(byteBase) }
        byteArena.append(contentsOf: bytes)
        place(hash, Int32(entries.count + 1))
        entries.append(entry)
    }

    private func find(_ hash: UInt64) -> Int? {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: hash) & mask
        while true {
            let s = Int(slots[i])
            if s == 0 { return nil }
            if entries[s - 1].hash == hash { return s - 1 }
            i = (i + 1) & mask
        }
    }

    private mutating func place(_ hash: UInt64, _ value: Int32) {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: hash) & mask
        while slots[i] != 0 { i = (i + 1) & mask }
        slots[i] = value
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        for (k, e) in entries.enumerated() { place(e.hash, Int32(k + 1)) }
    }

    private func sameText(_ e: Entry, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let q = text.baseAddress else { return true }
        return texts.withUnsafeBufferPointer { arena in
            memcmp(arena.baseAddress! + e.textStart, q, text.count) == 0  // a byte loop cost more
        }
    }
}
