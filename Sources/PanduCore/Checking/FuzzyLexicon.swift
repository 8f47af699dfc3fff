/// The phrase words that tolerate typos, grouped by length, for finding what an unknown word may be a typo of.
struct FuzzyLexicon: Sendable {
    struct Entry: Sendable {
        var id: UInt32
        var bytes: [UInt8]
        var mask: UInt32
        var limit: Int
    }

    /// Entries sorted by byte length; `starts[n]` is the first entry of length n.
    private var entries: [Entry] = []
    private var starts: [Int] = []
    /// Words of the phrases and known words: a real word, never read as a typo of another.
    private var protected: [Bool] = []

    /// `targets`: phrase words a typo may stand for; `protected`: words never taken for a typo.
    init(vocabulary: PhraseVocabulary, targets: Set<UInt32>, protected: Set<UInt32>, conventions: CheckingConventions) {
        self.protected = Array(repeating: false, count: vocabulary.count)
        for id in protected where Int(id) < vocabulary.count { self.protected[Int(id)] = true }
        var list: [Entry] = []
        for id in targets {
            let bytes = vocabulary.words[Int(id)]
            let letters = bytes.filter { $0 >= 0x61 && $0 <= 0x7A }.count
            let limit = conventions.maxDistance(letters: letters)
            guard limit > 0 else { continue }
            list.append(Entry(id: id, bytes: bytes, mask: PhraseVocabulary.mask(bytes[...]), limit: limit))
        }
        list.sort { ($0.bytes.count, $0.id) < ($1.bytes.count, $1.id) }
        entries = list
        starts = Array(repeating: list.count, count: (list.last?.bytes.count ?? 0) + 2)
        var index = 0
        for n in starts.indices {
            while index < list.count && list[index].bytes.count < n { index += 1 }
            starts[n] = index
        }
    }

    /// Whether a word is a real phrase word (or known word) and so never a typo.
    @inline(__always)
    func isProtected(_ id: UInt32) -> Bool { id != 0 && Int(id) < protected.count && protected[Int(id)] }

    /// Ids of phrase words within their typo limit of `word`.
    func candidates(of word: ArraySlice<UInt8>, mask: UInt32, into out: inout [UInt32]) {
        guard !entries.isEmpty else { return }
        let n = word.count
        let low = max(0, n - 2)
        var i = low < starts.count ? starts[low] : entries.count
        let end = n + 3 < starts.count ? starts[n + 3] : entries.count
        while i < end {
            let e = entries[i]
            i += 1
            if abs(e.bytes.count - n) > e.limit { continue }
            if (e.mask ^ mask).nonzeroBitCount > 2 * e.limit { continue }
            if OSADistance.within(e.bytes[...], word, limit: e.limit) { out.append(e.id) }
        }
    }
}
