/// Compiled patterns that count together, indexed by the words a match can start with, so a search
/// tries only the patterns that can start at a token (a bit test per token, no hashing).
final class PatternSet: Sendable {
    let programs: [PatternProgram]
    /// Bit i set: some pattern can start with word id i.
    private let firstBits: [UInt64]
    private let byFirst: [UInt32: [Int32]]
    private let digitStarters: [Int32]
    private let dynamicStarters: [(program: Int32, flags: PhraseToken.Flags)]
    private let unanchored: [Int32]

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
        for id in index.keys { bits[Int(id) / 64] |= 1 << UInt64(id % 64) }
        firstBits = bits
        byFirst = index
        digitStarters = digits
        dynamicStarters = dynamic
        unanchored = any
    }

    var isEmpty: Bool { programs.isEmpty }

    @inline(__always)
    private func starts(_ id: UInt32) -> Bool {
        let word = Int(id) / 64
        return id != 0 && word < firstBits.count && firstBits[word] & (1 << UInt64(id % 64)) != 0
    }

    /// The patterns whose first word can be `id` (empty when none).
    @inline(__always)
    func starting(with id: UInt32) -> [Int32] {
        guard starts(id), let list = byFirst[id] else { return [] }
        return list
    }

    /// The patterns that may start at a token: by its id, its `-nya` base, its typo candidates, its digits
    /// and flags, and those that can start anywhere. Duplicates are possible and harmless.
    func candidates(
        id: UInt32, base: UInt32, typoOf: ArraySlice<UInt32>, flags: PhraseToken.Flags, into out: inout [Int32]
    ) {
        out.removeAll(keepingCapacity: true)
        out += starting(with: id)
        if base != 0 { out += starting(with: base) }
        for c in typoOf { out += starting(with: c) }
        if flags.contains(.hasDigit) { out += digitStarters }
        for d in dynamicStarters where !flags.isDisjoint(with: d.flags) { out.append(d.program) }
        out += unanchored
    }

    /// Whether no pattern can start at a token that has only this id and these flags (the common case).
    @inline(__always)
    func noneCanStart(id: UInt32, flags: PhraseToken.Flags) -> Bool {
        !starts(id) && unanchored.isEmpty && (digitStarters.isEmpty || !flags.contains(.hasDigit))
            && (dynamicStarters.isEmpty || !dynamicStarters.contains { !flags.isDisjoint(with: $0.flags) })
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
