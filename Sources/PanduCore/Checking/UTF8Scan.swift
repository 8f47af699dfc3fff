/// Small UTF-8 helpers for the tokenizer, which works on bytes.
enum UTF8Scan {
    /// The scalar starting at `i` and its length in bytes, or nil on invalid UTF-8.
    static func scalar(_ u: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Unicode.Scalar, Int)? {
        let b = u[i]
        let length: Int
        var value: UInt32
        switch b {
        case 0xC0...0xDF:
            length = 2
            value = UInt32(b & 0x1F)
        case 0xE0...0xEF:
            length = 3
            value = UInt32(b & 0x0F)
        case 0xF0...0xF7:
            length = 4
            value = UInt32(b & 0x07)
        default: return nil
        }
        guard i + length <= u.count else { return nil }
        for k in 1..<length {
            let c = u[i + k]
            guard c & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(c & 0x3F)
        }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }

    /// Pictographic emoji (faces, hands, hearts, symbols), not letters or ordinary punctuation.
    static func isEmoji(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x1F000...0x1F2FF, 0x1F300...0x1FAFF, 0x2600...0x27BF, 0x2B50, 0x2B55, 0x2764, 0x263A: true
        default: false
        }
    }

    /// Parts of an emoji sequence that do not count as one more emoji (joiners, skin tones, variation).
    static func isEmojiModifier(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0xFE0F, 0x200D, 0x1F3FB...0x1F3FF: true
        default: false
        }
    }
}
