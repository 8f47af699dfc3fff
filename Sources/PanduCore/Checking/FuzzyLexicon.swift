/// The phrase words that tolerate typos, indexed by their first and second letters, for finding what an
/// unknown word may be a typo of. One edit leaves the first letter, or the second letter, of one word equal
/// to the first or second letter of the other, so four small buckets hold every candidate.
struct FuzzyLexicon: Sendable {
    struct Entry: Sendable {
        var id: UInt32
        var bytes: [UInt8]
        var mask: UInt32
        var limit: Int
        /// `bytes.count` and its first two bytes, so filters need not touch the array.
        var length: Int
        var first: UInt8
        var second: UInt8
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
            entries.append(
                Entry(
                    id: id, bytes: bytes, mask: PhraseVocabulary.mask(bytes[...]), limit: limit, length: bytes.count,
                    first: bytes[0], second: bytes[1]))
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
        for k in bySecond[Int(w1)] where entries[Int(k)].first != w0 { test(k, word, mask, &out) }
        if w1 != w0 {
            for k in byFirst[Int(w1)] where entries[Int(k)].second != w1 { test(k, word, mask, &out) }
        }
        for k in bySecond[Int(w0)] {
            let (e0, e1) = (entries[Int(k)].first, entries[Int(k)].second)
            if e0 != w0 && e1 != w1 && e0 != w1 { test(k, word, mask, &out) }
        }
        for k in wide { test(k, word, mask, &out) }
    }

    /// Cheap filters on the entry's scalars first (length, letters); the distance only for what passes.
    @inline(__always)
    private func test(_ k: Int32, _ word: ArraySlice<UInt8>, _ mask: UInt32, _ out: inout [UInt32]) {
        let k = Int(k)
        let limit = entries[k].limit
        guard abs(entries[k].length - word.count) <= limit, (entries[k].mask ^ mask).nonzeroBitCount <= 2 * limit
        else { return }
        if OSADistance.within(entries[k].bytes[...], word, limit: limit) { out.append(entries[k].id) }
    }
}
