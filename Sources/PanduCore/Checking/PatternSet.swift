/// Compiled patterns that count together, indexed by the words a match can start with, so a search
/// tries only the patterns that can start at a token (a bit test per token, no hashing). Immutable after
/// init; the tables the search reads per token are in memory the set owns (an array read through the
/// class retained and released it per token), hence `@unchecked Sendable`.
final class PatternSet: @unchecked Sendable {
    let programs: [PatternProgram]
    /// `programs[i].code`, read by the matcher without touching the programs.
    let codes: UnsafeMutablePointer<PatternProgram.Code>
    /// Bit i set: some pattern can start with word id i (`firstWordCount` words).
    private let firstBits: UnsafeMutablePointer<UInt64>
    private let firstWordCount: Int
    /// Set bits counted before each word of `firstBits`: with a popcount, the rank of an id among starters.
    private let rankBase: UnsafeMutablePointer<Int32>
    /// Patterns by first word, flat: those of the starter of rank r are `byFirst[firstOffsets[r]..<firstOffsets[r + 1]]`.
    private let firstOffsets: UnsafeMutablePointer<Int32>
    private let byFirst: UnsafeMutablePointer<Int32>
    private let digitStarters: [Int32]
    private let dynamicStarters: [(program: Int32, flags: PhraseToken.Flags)]
    private let unanchored: [Int32]
    /// The three lists above in owned memory, for the per-token walk.
    private let digitList: UnsafeMutableBufferPointer<Int32>
    private let dynamicList: UnsafeMutableBufferPointer<(program: Int32, flags: PhraseToken.Flags)>
    private let unanchoredList: UnsafeMutableBufferPointer<Int32>
    /// `!unanchored.isEmpty`, kept as a flag: the per-token test reads no array.
    private let hasUnanchored: Bool
    /// Flags of a token at which a digit or dynamic starter may begin (`hasDigit` when digits can start).
    private let startFlags: PhraseToken.Flags
    /// The ids of `byFirst`, hashed: checked against a turn's before its tokens are.
    private let starterSignature: StartSignature

    init(_ programs: [PatternProgram]) {
        self.programs = programs
        var index: [UInt32: [Int32]] = [:]
        var digits: [Int32] = []
        var any: [Int32] = []
        var dynamic: [(program: Int32, flags: PhraseToken.Flags)] = []
        for (i, p) in programs.enumerated() {
            if p.first.any {
                any.append(Int32(i))
                continue
            }
            for id in p.first.ids { index[id, default: []].append(Int32(i)) }
            if p.first.digits { digits.append(Int32(i)) }
            if !p.first.dynamic.isEmpty { dynamic.append((Int32(i), p.first.dynamic)) }
        }
        let top = Int(index.keys.max() ?? 0)
        var bits = [UInt64](repeating: 0, count: top / 64 + 1)
        for id in index.keys where id != 0 { bits[Int(id) / 64] |= 1 << UInt64(id % 64) }
        var base: [Int32] = []
        var counted: Int32 = 0
        for word in bits {
            base.append(counted)
            counted += Int32(word.nonzeroBitCount)
        }
        var signature = StartSignature()
        for id in index.keys { signature.insert(id) }
        starterSignature = signature
        var offsets: [Int32] = [0]
        var flat: [Int32] = []
        for id in index.keys.sorted() where id != 0 {
            flat += index[id] ?? []
            offsets.append(Int32(flat.count))
        }
        firstBits = Self.copy(bits)
        firstWordCount = bits.count
        rankBase = Self.copy(base)
        firstOffsets = Self.copy(offsets)
        byFirst = Self.copy(flat)
        codes = Self.copy(programs.map(\.code))
        digitStarters = digits
        dynamicStarters = dynamic
        unanchored = any
        hasUnanchored = !any.isEmpty
        digitList = UnsafeMutableBufferPointer(start: Self.copy(digits), count: digits.count)
        dynamicList = UnsafeMutableBufferPointer(start: Self.copy(dynamic), count: dynamic.count)
        unanchoredList = UnsafeMutableBufferPointer(start: Self.copy(any), count: any.count)
        var flags: PhraseToken.Flags = digits.isEmpty ? [] : .hasDigit
        for d in dynamic { flags.formUnion(d.flags) }
        startFlags = flags
    }

    deinit {
        firstBits.deallocate()
        rankBase.deallocate()
        firstOffsets.deallocate()
        byFirst.deallocate()
        codes.deallocate()
        digitList.deallocate()
        dynamicList.deallocate()
        unanchoredList.deallocate()
    }

    private static func copy<T>(_ values: [T]) -> UnsafeMutablePointer<T> {
        let p = UnsafeMutablePointer<T>.allocate(capacity: max(values.count, 1))
        for (i, v) in values.enumerated() { (p + i).initialize(to: v) }
        return p
    }

    var isEmpty: Bool { programs.isEmpty }

    @inline(__always)
    private func starts(_ id: UInt32) -> Bool {
        let word = Int(id) / 64
        return id != 0 && word < firstWordCount && firstBits[word] & (1 << UInt64(id % 64)) != 0
    }

    /// Appends the patterns whose first word can be `id`.
    @inline(__always)
    private func appendStarting(with id: UInt32, to out: inout [Int32]) {
        guard starts(id) else { return }
        let word = Int(id) / 64
        let below = firstBits[word] & ((1 << UInt64(id % 64)) - 1)
        let rank = Int(rankBase[word]) + below.nonzeroBitCount
        // Usually one or two programs: appended one by one, cheaper than a generic slice append.
        for k in Int(firstOffsets[rank])..<Int(firstOffsets[rank + 1]) { out.append(byFirst[k]) }
    }

    /// The patterns that may start at a token: by its id, its `-nya` base, its typo candidates, its digits
    /// and flags, and those that can start anywhere. Duplicates are possible and harmless.
    func candidates(
        id: UInt32, base: UInt32, typoOf: ArraySlice<UInt32>, flags: PhraseToken.Flags, into out: inout [Int32]
    ) {
        out.removeAll(keepingCapacity: true)
        appendStarting(with: id, to: &out)
        if base != 0 { appendStarting(with: base, to: &out) }
        for c in typoOf { appendStarting(with: c, to: &out) }
        if flags.contains(.hasDigit) && !digitStarters.isEmpty { out += digitStarters }
        if !flags.isDisjoint(with: startFlags) {
            for d in dynamicStarters where !flags.isDisjoint(with: d.flags) { out.append(d.program) }
        }
        if !unanchored.isEmpty { out += unanchored }
    }

    /// `candidates(…)` without a list: calls `body` with each in the same order and returns the first
    /// non-nil result (the search stops at the first pattern that matches).
    @inline(__always)
    func firstCandidate<T>(
        id: UInt32, base: UInt32, typoOf: UnsafeBufferPointer<UInt32>, flags: PhraseToken.Flags,
        _ body: (Int32) -> T?
    ) -> T? {
        if let r = starting(with: id, body) { return r }
        if base != 0, let r = starting(with: base, body) { return r }
        for c in typoOf { if let r = starting(with: c, body) { return r } }
        if flags.contains(.hasDigit) { for k in digitList { if let r = body(k) { return r } } }
        if !flags.isDisjoint(with: startFlags) {
            for d in dynamicList where !flags.isDisjoint(with: d.flags) { if let r = body(d.program) { return r } }
        }
        for k in unanchoredList { if let r = body(k) { return r } }
        return nil
    }

    @inline(__always)
    private func starting<T>(with id: UInt32, _ body: (Int32) -> T?) -> T? {
        guard starts(id) else { return nil }
        let word = Int(id) / 64
        let below = firstBits[word] & ((1 << UInt64(id % 64)) - 1)
        let rank = Int(rankBase[word]) + below.nonzeroBitCount
        for k in Int(firstOffsets[rank])..<Int(firstOffsets[rank + 1]) { if let r = body(byFirst[k]) { return r } }
        return nil
    }

    /// Whether no pattern can start anywhere in a turn with these starts: by its ids in an exact search,
    /// with the `-nya` bases in a phrase search, and with the typo candidates too in a tolerant one.
    @inline(__always)
    func cannotStart(in turn: TurnStarts, mode: MatchMode) -> Bool {
        guard !hasUnanchored, turn.flags.isDisjoint(with: startFlags) else { return false }
        if mode.contains(.typos) { return !turn.tolerant.meets(starterSignature) }
        return !(mode.contains(.clitics) ? turn.idsAndBases : turn.ids).meets(starterSignature)
    }

    /// The first token of `tokens[from..<end]` where some pattern may start (`end` if none): one with a
    /// `-nya` base (when `clitics`) or typo candidates (when `typos`), or one `noneCanStart` does not rule
    /// out. A small function of its own, so the walk over the tokens keeps its values in registers.
    @inline(never)
    func nextStart(
        in tokens: UnsafeBufferPointer<PhraseToken>, from: Int, end: Int, clitics: Bool, typos: Bool
    ) -> Int {
        if hasUnanchored { return from }
        var p = from
        while p < end {
            let t = tokens[p]
            if (clitics && t.baseID != 0) || (typos && t.candidateCount > 0) || !t.flags.isDisjoint(with: startFlags)
                || starts(t.id)
            {
                return p
            }
            p += 1
        }
        return end
    }

    /// Whether no pattern can start at a token that has only this id and these flags (the common case).
    @inline(__always)
    func noneCanStart(id: UInt32, flags: PhraseToken.Flags) -> Bool {
        flags.isDisjoint(with: startFlags) && !starts(id) && !hasUnanchored
    }
}

/// Where a pattern matched: the turn (index into the prepared turns) and token range.
struct PatternHit: Sendable {
    var turn: Int
    var start: Int
    var end: Int
    /// Bit i: token `start + i` matched only as a typo.
    var fuzzy: UInt64
    var program: Int
}
