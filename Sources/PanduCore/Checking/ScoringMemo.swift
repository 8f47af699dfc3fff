/// Work a batch of transcripts need not repeat: the tokens of a turn text seen before (agents say the
/// same scripted lines all day), and the typo candidates of a word seen before. Both are pure functions
/// of the text and the checker's vocabulary, so a hit gives exactly what recomputing would.
/// Use one memo with one `PhraseChecker` only, on one thread; it stops growing at `limit` entries.
public final class ScoringMemo {
    /// A turn's tokenizer output, its byte offsets counted from the turn's first normalised byte.
    struct Turn {
        var tokens: [PhraseToken]
        var bytes: [UInt8]
        var emoji: Int
    }

    /// The typo candidates of one word (the word kept to rule out a hash collision).
    private struct Typos {
        var word: [UInt8]
        var candidates: [UInt32]
    }

    private var turns: [String: Turn] = [:]
    private var typos: [UInt64: Typos] = [:]
    private let limit: Int

    /// A memo holding at most `limit` turn texts and `limit` words.
    public init(limit: Int = 100_000) {
        self.limit = limit
    }

    func turn(_ text: String) -> Turn? { turns[text] }

    func remember(_ text: String, _ turn: Turn) {
        guard turns.count < limit else { return }
        turns[text] = turn
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
