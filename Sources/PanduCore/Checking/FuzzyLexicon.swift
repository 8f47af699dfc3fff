/// The phrase words that tolerate typos, indexed by their first and second letters, for finding what an
/// unknown word may be a typo of. One edit leaves the first letter, or the second letter, of one word equal
/// to the first or second letter of the other, so four small buckets hold every candidate.
struct FuzzyLexicon: Sendable {
    struct Entry: Sendable {
        var id: UInt32
        var bytes: [UInt8]
        var mask: UInt32
        var limit: Int
    }

    private var entries: [Entry] = []
    /// Entries allowing one edit, by first letter and by second letter.
    private var byFirst = [[Int32]](repeating: [], count: 256)
    private var bySecond = [[Int32]](repeating: [], count: 256)
    /// Entries allowing more edits (long words): few, always tried.
    private var wide: [Int32] = []
    /// Words of the phrases and known words: a real word, never read as a typo of another.
    private var protected: [Bool] = []

    /// `targets`: phrase words a typo may stand for; `protected`: words never taken for a typo.
    init(vocabulary: PhraseVocabulary, targets: Set<UInt32>, protected: Set<UInt32>, conventions: CheckingConventions) {
        self.protected = Array(repeating: false, count: vocabulary.count)
        for id in protected where Int(id) < vocabulary.count { self.protected[Int(id)] = true }
        for id in targets.sorted() {
            let bytes = vocabulary.words[Int(id)]
            let letters = bytes.filter { $0 >= 0x61 && $0 <= 0x7A }.count
            let limit = conventions.maxDistance(letters: letters)
            guard limit > 0, bytes.count >= 2 else { continue }
            let k = Int32(entries.count)
            entries.append(Entry(id: id, bytes: bytes, mask: PhraseVocabulary.mask(bytes[...]), limit: limit))
            if limit == 1 {
                byFirst[Int(bytes[0])].append(k)
                bySecond[Int(bytes[1])].append(k)
            } else {
                wide.append(k)
            }
        }
    }

    /// Whether a word is a real phrase word (or known word) and so never a typo.
    @inline(__always)
    func isProtected(_ id: UInt32) -> Bool { id != 0 && Int(id) < protected.count && protected[Int(id)] }

    /// Ids of phrase words within their typo limit of `word`.
    func candidates(of word: ArraySlice<UInt8>, mask: UInt32, into out: inout [UInt32]) {
        guard word.count >= 2 else { return }
        let w0 = word[word.startIndex]
        let w1 = word[word.startIndex + 1]
        for k in byFirst[Int(w0)] { test(k, word, mask, &out) }
        for k in bySecond[Int(w1)] where entries[Int(k)].bytes[0] != w0 { test(k, word, mask, &out) }
        if w1 != w0 {
            for k in byFirst[Int(w1)] where entries[Int(k)].bytes[1] != w1 { test(k, word, mask, &out) }
        }
        for k in bySecond[Int(w0)] {
            let e = entries[Int(k)].bytes
            if e[0] != w0 && e[1] != w1 && e[0] != w1 { test(k, word, mask, &out) }
        }
        for k in wide { test(k, word, mask, &out) }
    }

    @inline(__always)
    private func test(_ k: Int32, _ word: ArraySlice<UInt8>, _ mask: UInt32, _ out: inout [UInt32]) {
        let e = entries[Int(k)]
        guard abs(e.bytes.count - word.count) <= e.limit, (e.mask ^ mask).nonzeroBitCount <= 2 * e.limit else { return }
        if OSADistance.within(e.bytes[...], word, limit: e.limit) { out.append(e.id) }
    }
}
