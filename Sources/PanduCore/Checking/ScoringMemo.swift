import Foundation

/// Work a batch of transcripts need not repeat: the tokens of a turn text seen before (agents say the
/// same scripted lines all day), and the typo candidates of a word seen before. Both are pure functions
/// of the text and the checker's vocabulary, so a hit gives exactly what recomputing would.
/// Use one memo with one `PhraseChecker` only, on one thread; it stops growing at `limit` entries.
public final class ScoringMemo {
    /// A turn's tokenizer output, its byte offsets counted from the turn's first normalised byte.
    struct Turn {
        /// The text it is the output of.
        var text: String
        var tokens: [PhraseToken]
        var bytes: [UInt8]
        var emoji: Int
    }

    /// The typo candidates of one word (the word kept to rule out a hash collision).
    private struct Typos {
        var word: [UInt8]
        var candidates: [UInt32]
    }

    /// Keyed by the UTF-8 bytes, not by `String` equality: canonically equivalent texts (a precomposed
    /// `é` and `e` + combining accent) are equal Strings but tokenise differently.
    private var turns: [UInt64: Turn] = [:]
    private var typos: [UInt64: Typos] = [:]
    private let limit: Int

    /// A memo holding at most `limit` turn texts and `limit` words.
    public init(limit: Int = 100_000) {
        self.limit = limit
    }

    func turn(_ text: String) -> Turn? {
        guard let known = turns[Self.hash(text)], Self.sameBytes(known.text, text) else { return nil }
        return known
    }

    /// Keeps `turn` (the first text of a hash wins; a colliding one is simply tokenised each time).
    func remember(_ turn: Turn) {
        guard turns.count < limit else { return }
        let hash = Self.hash(turn.text)
        if turns[hash] == nil { turns[hash] = turn }
    }

    /// A hash of the text's UTF-8 bytes, mixed eight bytes at a time (a turn text is about 90 bytes:
    /// a byte-at-a-time hash cost more than the dictionary lookup).
    private static func hash(_ text: String) -> UInt64 {
        if let h = text.utf8.withContiguousStorageIfAvailable(hash(bytes:)) { return h }
        var text = text
        return text.withUTF8(hash(bytes:))
    }

    private static func hash(bytes u: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(u.count)
        guard let base = u.baseAddress else { return h }
        var i = 0
        while i + 8 <= u.count {
            h = (h ^ JSONByteScan.word(base + i)) &* 0x9E37_79B9_7F4A_7C15
            h ^= h >> 29
            i += 8
        }
        while i < u.count {
            h = (h ^ UInt64(base[i])) &* 0x100_0000_01b3
            i += 1
        }
        return h ^ (h >> 32)
    }

    private static func sameBytes(_ a: String, _ b: String) -> Bool {
        var a = a
        var b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                guard x.count == y.count else { return false }
                guard let p = x.baseAddress, let q = y.baseAddress else { return true }
                return memcmp(p, q, x.count) == 0  // a byte loop cost more than the tokens it saves
            }
        }
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
