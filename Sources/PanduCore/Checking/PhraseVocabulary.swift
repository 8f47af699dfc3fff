/// Interns normalised words to small integers so the matcher compares numbers, not strings.
/// Built once from the standards; transcripts only look words up.
struct PhraseVocabulary: Sendable {
    /// Open addressing by FNV hash: `slotHashes[i]` (0 = empty) and the id stored there.
    private var slotHashes = [UInt64](repeating: 0, count: 1024)
    private var slotIDs = [UInt32](repeating: 0, count: 1024)
    /// The bytes of each id; id 0 is the unknown word.
    private(set) var words: [[UInt8]] = [[]]
    private(set) var letterMasks: [UInt32] = [0]
    /// The number word of each of the first ids (they are interned first).
    private var numberWords: [IndonesianNumberWords.Word?] = [nil]

    static let numberWordTexts = [
        "nol", "kosong", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
        "puluh", "belas", "ratus", "ribu", "juta", "sepuluh", "sebelas", "seratus", "seribu", "sejuta",
    ]

    init() {
        for text in Self.numberWordTexts {
            let bytes = Array(text.utf8)
            let id = intern(bytes[...])
            while numberWords.count <= Int(id) { numberWords.append(nil) }
            numberWords[Int(id)] = IndonesianNumberWords.word(bytes[...])
        }
    }

    var count: Int { words.count }

    /// The id of `bytes`, adding it if new.
    @discardableResult
    mutating func intern(_ bytes: ArraySlice<UInt8>) -> UInt32 {
        let existing = lookup(bytes)
        if existing != 0 { return existing }
        let id = UInt32(words.count)
        words.append(Array(bytes))
        letterMasks.append(Self.mask(bytes))
        if words.count * 2 > slotHashes.count { rehash(capacity: slotHashes.count * 2) }
        place(Self.slotHash(bytes), id)
        return id
    }

    /// The id of `bytes`, or 0 when no pattern or list uses the word.
    func lookup(_ bytes: ArraySlice<UInt8>) -> UInt32 {
        let h = Self.slotHash(bytes)
        let mask = slotHashes.count - 1
        var i = Int(truncatingIfNeeded: h) & mask
        while slotHashes[i] != 0 {
            if slotHashes[i] == h, words[Int(slotIDs[i])].elementsEqual(bytes) { return slotIDs[i] }
            i = (i + 1) & mask
        }
        return 0
    }

    private mutating func place(_ h: UInt64, _ id: UInt32) {
        let mask = slotHashes.count - 1
        var i = Int(truncatingIfNeeded: h) & mask
        while slotHashes[i] != 0 { i = (i + 1) & mask }
        slotHashes[i] = h
        slotIDs[i] = id
    }

    private mutating func rehash(capacity: Int) {
        slotHashes = [UInt64](repeating: 0, count: capacity)
        slotIDs = [UInt32](repeating: 0, count: capacity)
        for id in 1..<words.count { place(Self.slotHash(words[id][...]), UInt32(id)) }
    }

    /// The FNV hash, never 0 (0 marks an empty slot).
    private static func slotHash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        let h = hash(bytes)
        return h == 0 ? 1 : h
    }

    /// The number word an id stands for, if any.
    func numberWord(_ id: UInt32) -> IndonesianNumberWords.Word? {
        Int(id) < numberWords.count ? numberWords[Int(id)] : nil
    }

    static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            h ^= UInt64(b)
            h &*= 0x100_0000_01b3
        }
        return h
    }

    static func mask(_ bytes: ArraySlice<UInt8>) -> UInt32 {
        var m: UInt32 = 0
        for b in bytes where b >= 0x61 && b <= 0x7A { m |= 1 << UInt32(b - 0x61) }
        return m
    }
}
