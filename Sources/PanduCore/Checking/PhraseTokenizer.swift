/// Indonesian-aware normalisation: lower case, punctuation folded except inside numbers, hyphenated
/// reduplication kept as one token, stretched letters folded, numbers spoken as words read as digits.
struct PhraseTokenizer {
    let vocabulary: PhraseVocabulary
    var tokens: [PhraseToken] = []
    var bytes: [UInt8] = []

    init(vocabulary: PhraseVocabulary) {
        self.vocabulary = vocabulary
        tokens.reserveCapacity(64)
        bytes.reserveCapacity(512)
    }

    /// A tokenizer appending to `tokens` and `bytes` (a batch passes the emptied buffers of the contact
    /// before, so they are not allocated again).
    init(vocabulary: PhraseVocabulary, tokens: consuming [PhraseToken], bytes: consuming [UInt8]) {
        self.vocabulary = vocabulary
        self.tokens = tokens
        self.bytes = bytes
    }

    /// Makes room for about `textBytes` bytes of text, so buffers do not grow while tokenising.
    mutating func reserve(textBytes: Int) {
        tokens.reserveCapacity(textBytes / 4 + 8)
        bytes.reserveCapacity(textBytes + 64)
    }

    /// Appends the tokens of `text`; returns the number of emoji seen.
    @discardableResult
    mutating func add(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { add(utf8: $0) }
    }

    /// `add(text)`, taking the tokens from `memo` when the same text was tokenised before.
    mutating func add(_ text: String, memo: ScoringMemo?) -> Int {
        guard let memo else { return add(text) }
        var text = text
        return text.withUTF8 { u in
            if let emoji = memo.appendTurn(u, tokens: &tokens, bytes: &bytes) { return emoji }
            let byteBase = bytes.count
            let tokenBase = tokens.count
            let emoji = add(utf8: u)
            memo.remember(
                u, tokens: tokens[tokenBase...], bytes: bytes[byteBase...], byteBase: byteBase, emoji: emoji)
            return emoji
        }
    }

    private mutating func add(utf8 u: UnsafeBufferPointer<UInt8>) -> Int {
        let first = tokens.count
        var scan = Scan()
        var i = 0
        while i < u.count {
            if Self.isWordStart(u, i) {
                i = word(u, from: i, scan: &scan)
                continue
            }
            i = separator(u, at: i, scan: &scan)
        }
        readNumberWords(from: first)
        return scan.emoji
    }

    /// State carried between tokens of one turn.
    struct Scan {
        var clause = true
        var sentence = true
        var mark: PhraseToken.Flags = []
        var hyphenAfterNumber = false
        var emoji = 0
    }

    private static func isAlnum(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    private static func isASCIILetter(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }

    private static func isWordStart(_ u: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let b = u[i]
        if isAlnum(b) { return true }
        guard b >= 0x80, let (scalar, _) = UTF8Scan.scalar(u, i) else { return false }
        return scalar.properties.isAlphabetic
    }

    private mutating func separator(_ u: UnsafeBufferPointer<UInt8>, at i: Int, scan: inout Scan) -> Int {
        let b = u[i]
        switch b {
        case 0x20, 0x09, 0x0D:
            return i + 1
        case 0x0A, 0x2E, 0x21, 0x3F, 0x3B:  // \n . ! ? ;
            scan.clause = true
            scan.sentence = true
            scan.mark = []
            return i + 1
        case 0x2C, 0x3A:  // , :
            scan.clause = true
            scan.mark = []
            return i + 1
        case 0x2D:  // -
            let afterNumber = tokens.last.map { $0.flags.contains(.numeric) } ?? false
            if afterNumber, i > 0, Self.isDigit(u[i - 1]), i + 1 < u.count, Self.isDigit(u[i + 1]) {
                scan.hyphenAfterNumber = true
            } else {
                scan.mark = .markDash
            }
            return i + 1
        case 0x7E:
            scan.mark = .markTilde
            return i + 1
        case 0x5E:
            scan.mark = .markCaret
            return i + 1
        case 0x80...:
            guard let (scalar, length) = UTF8Scan.scalar(u, i) else { return i + 1 }
            switch scalar.value {
            case 0x2013, 0x2014: scan.mark = .markDash
            case 0x2026:
                scan.clause = true
                scan.sentence = true
                scan.mark = []
            default:
                if UTF8Scan.isEmoji(scalar) && !UTF8Scan.isEmojiModifier(scalar) { scan.emoji += 1 }
                if !UTF8Scan.isEmojiModifier(scalar) { scan.mark = [] }
            }
            return i + length
        default:
            scan.mark = []
            return i + 1
        }
    }

    /// Reads one word or number starting at `start`; returns where it ends.
    private mutating func word(_ u: UnsafeBufferPointer<UInt8>, from start: Int, scan: inout Scan) -> Int {
        let normStart = bytes.count
        var i = start
        var letters = 0
        var uppers = 0
        var lowers = 0
        var digits = 0
        var run = 0
        var same = 1
        var last: UInt8 = 0
        var mask: UInt32 = 0  // the letters a-z written, worked out here instead of in a second pass
        var flags = scan.mark
        if scan.clause { flags.insert(.clauseStart) }
        if scan.sentence { flags.insert(.sentenceStart) }
        if scan.hyphenAfterNumber { flags.insert(.hyphenJoined) }
        scan = Scan(clause: false, sentence: false, mark: [], hyphenAfterNumber: false, emoji: scan.emoji)
        func isLetter(_ j: Int) -> Bool {
            guard j >= 0, j < u.count else { return false }
            let c = u[j]
            if (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) { return true }
            return c >= 0x80 && Self.isWordStart(u, j)
        }
        while i < u.count {
            let b = u[i]
            let isLetterByte = b >= 0x41 && b <= 0x5A || b >= 0x61 && b <= 0x7A
            // "1x24", "Rp385.000", "IN12345678", "50Mbps": letters and digits part into separate words.
            if i > start {
                let prev = u[i - 1] | 0x20
                if (isLetterByte && Self.isDigit(u[i - 1])) || (Self.isDigit(b) && prev >= 0x61 && prev <= 0x7A) {
                    break
                }
            }
            if isLetterByte {
                // The whole run of ASCII letters at once: copied, then lower-cased in place (an append per
                // byte cost a uniqueness check each). The break test above only bites at the run's start.
                var j = i
                while j < u.count, Self.isASCIILetter(u[j]) {
                    let c = u[j]
                    let lower = c | 0x20
                    mask |= 1 &<< UInt32(lower &- 0x61)
                    same = lower == last ? same + 1 : 1
                    run = max(run, same)
                    last = lower
                    if c < 0x61 { uppers += 1 } else { lowers += 1 }
                    j += 1
                }
                let at = bytes.count
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[i..<j]))
                bytes.withUnsafeMutableBufferPointer { out in
                    for k in at..<out.count { out[k] |= 0x20 }
                }
                letters += j - i
                i = j
            } else if Self.isDigit(b) {
                bytes.append(b)
                digits += 1
                i += 1
            } else if b >= 0x80, let (scalar, length) = UTF8Scan.scalar(u, i), scalar.properties.isAlphabetic {
                let lowered = String(scalar).lowercased().utf8
                bytes.append(contentsOf: lowered)
                for c in lowered where c >= 0x61 && c <= 0x7A { mask |= 1 &<< UInt32(c &- 0x61) }
                letters += 1
                i += length
            } else if b == 0x2D, i > start, isLetter(i - 1), isLetter(i + 1) {
                bytes.append(b)
                flags.insert(.reduplicated)
                i += 1
            } else if b == 0x27, i > start, isLetter(i - 1), isLetter(i + 1) {
                i += 1
            } else if b == 0x2E || b == 0x2C || b == 0x3A, i > start, Self.isDigit(u[i - 1]), i + 1 < u.count,
                Self.isDigit(u[i + 1])
            {
                i += 1
            } else {
                break
            }
        }
        if digits > 0 { flags.insert(.hasDigit) }
        if digits > 0 && letters == 0 { flags.insert(.numeric) }
        if letters > 0 && lowers == 0 && uppers > 0 { flags.insert(.allCaps) }
        var token = PhraseToken()
        token.rawStart = Int32(start)
        token.rawEnd = Int32(i)
        token.letters = Int16(letters)
        token.flags = flags
        finish(&token, normStart: normStart, stretched: run >= 3, mask: mask)
        tokens.append(token)
        return i
    }

    /// Folds stretched letters and interns the word; `mask` is its letter mask (folding keeps every letter).
    private mutating func finish(_ token: inout PhraseToken, normStart: Int, stretched: Bool, mask: UInt32) {
        if stretched, !token.flags.contains(.numeric), let folded = Self.foldStretched(bytes[normStart...], vocabulary)
        {
            bytes.removeSubrange(normStart...)
            bytes.append(contentsOf: folded)
            token.flags.insert(.elongated)
            token.letters = Int16(folded.count)
        }
        token.normStart = Int32(normStart)
        token.normLength = Int32(bytes.count - normStart)
        let slice = bytes[normStart...]
        token.id = vocabulary.lookup(slice)
        token.letterMask = mask
        if token.id == 0, slice.count >= 6, slice.suffix(3).elementsEqual([0x6E, 0x79, 0x61]) {  // -nya
            token.baseID = vocabulary.lookup(slice.dropLast(3))
        }
    }

    /// `kasihhh` → `kasih`, `maaaaf` → `maaf`: runs of three or more letters fold to one, or to two
    /// when only that spelling is a known word. Nil when nothing was stretched.
    static func foldStretched(_ word: ArraySlice<UInt8>, _ vocabulary: PhraseVocabulary) -> [UInt8]? {
        var stretched = false
        var i = word.startIndex
        while i < word.endIndex {
            var j = i
            while j < word.endIndex && word[j] == word[i] { j += 1 }
            if j - i >= 3 && word[i] >= 0x61 && word[i] <= 0x7A { stretched = true }
            i = j
        }
        guard stretched else { return nil }
        func fold(keep: Int) -> [UInt8] {
            var out: [UInt8] = []
            var k = word.startIndex
            while k < word.endIndex {
                var j = k
                while j < word.endIndex && word[j] == word[k] { j += 1 }
                let run = j - k
                let isLetter = word[k] >= 0x61 && word[k] <= 0x7A
                out.append(contentsOf: repeatElement(word[k], count: run >= 3 && isLetter ? keep : run))
                k = j
            }
            return out
        }
        let one = fold(keep: 1)
        if vocabulary.lookup(one[...]) != 0 { return one }
        let two = fold(keep: 2)
        return vocabulary.lookup(two[...]) != 0 ? two : one
    }

    /// Replaces each run of number words ("kosong dua satu") by one numeric token ("021").
    private mutating func readNumberWords(from first: Int) {
        guard tokens[first...].contains(where: { vocabulary.numberWord($0.id) != nil }) else { return }
        var result: [PhraseToken] = []
        var i = first
        while i < tokens.count {
            guard let w = vocabulary.numberWord(tokens[i].id), IndonesianNumberWords.canStart(w) else {
                result.append(tokens[i])
                i += 1
                continue
            }
            var words = [w]
            var j = i + 1
            while j < tokens.count, !tokens[j].flags.contains(.clauseStart),
                let next = vocabulary.numberWord(tokens[j].id)
            {
                words.append(next)
                j += 1
            }
            let (digits, used) = IndonesianNumberWords.read(words)
            guard used > 0 else {
                result.append(tokens[i])
                i += 1
                continue
            }
            result.append(numberToken(digits, from: tokens[i], to: tokens[i + used - 1]))
            i += used
        }
        tokens.replaceSubrange(first..., with: result)
    }

    private mutating func numberToken(_ digits: String, from a: PhraseToken, to b: PhraseToken) -> PhraseToken {
        var token = PhraseToken()
        token.normStart = Int32(bytes.count)
        bytes.append(contentsOf: digits.utf8)
        token.normLength = Int32(digits.utf8.count)
        token.rawStart = a.rawStart
        token.rawEnd = b.rawEnd
        token.flags = a.flags.intersection([.clauseStart, .sentenceStart, .markDash, .markTilde, .markCaret])
        token.flags.formUnion([.numeric, .hasDigit, .spokenNumber])
        token.id = vocabulary.lookup(Array(digits.utf8)[...])
        return token
    }
}
