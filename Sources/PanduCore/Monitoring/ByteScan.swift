#if canImport(Glibc)
    import Glibc
#endif

/// Small byte-level readers shared by the parsers; the hot path avoids regex and Foundation splitting.
enum ByteScan {
    static let pipe = UInt8(ascii: "|")
    static let newline = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")

    /// The index of the first `byte` at or after `start`, found with `memchr` (a loop costs 5 instructions a
    /// byte: a line break and a NUL are looked for in every byte of a file).
    static func find(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = bytes.baseAddress, start < bytes.count else { return nil }
        guard let hit = memchr(base + start, Int32(byte), bytes.count - start) else { return nil }
        return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
    }

    /// Finds the `|` in the first `end` bytes of `buf`: their offsets go to `bounds[count + 1]` onwards and
    /// `count` grows by their number (`bounds` has room for `end` more). Returns whether the bytes are all ASCII.
    /// Eight bytes at a time: a byte-by-byte loop cost about 18 instructions a byte, the most of any step of a
    /// queue_log line.
    static func pipes(
        _ buf: UnsafeBufferPointer<UInt8>, _ end: Int, into bounds: UnsafeMutableBufferPointer<Int32>,
        count n: inout Int
    ) -> Bool {
        let high: UInt64 = 0x8080_8080_8080_8080
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let pipes: UInt64 = 0x7C7C_7C7C_7C7C_7C7C
        var words: UInt64 = 0
        var i = 0
        if let base = buf.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= end {
                let w = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                words |= w
                // A byte's high bit is set exactly when it is `|`: ((b & 7F) + 7F) | b has it unless b is zero,
                // and no byte carries into the next.
                let x = w ^ pipes
                var hits = ~(((x & low) &+ low) | x) & high
                while hits != 0 {
                    n += 1
                    bounds[n] = Int32(truncatingIfNeeded: i + hits.trailingZeroBitCount >> 3)
                    hits &= hits &- 1
                }
                i += 8
            }
        }
        var bits: UInt8 = 0
        while i < end {
            let b = buf[i]
            bits |= b
            if b == pipe {
                n += 1
                bounds[n] = Int32(truncatingIfNeeded: i)
            }
            i += 1
        }
        return words & high == 0 && bits < 0x80
    }

    /// 3 when the bytes start with a UTF-8 byte order mark (EF BB BF), else 0.
    static func byteOrderMarkLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }

    /// A whole number in text, spaces around allowed; nil for anything else.
    static func integer(_ text: String) -> Int? {
        var text = text
        return text.withUTF8 { integer($0, 0..<$0.count) }
    }

    /// The whole number in `range` of `buf`, spaces around allowed; nil for anything else.
    static func integer(_ buf: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var range = trimmed(buf, range)
        guard !range.isEmpty else { return nil }
        var negative = false
        if buf[range.lowerBound] == UInt8(ascii: "-") {
            negative = true
            range = (range.lowerBound + 1)..<range.upperBound
        }
        guard let value = digits(buf, range) else { return nil }
        return negative ? -value : value
    }

    /// The value of a run of ASCII digits, or nil if empty, not all digits or too long.
    static func digits(_ buf: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        guard !range.isEmpty, range.count <= 18 else { return nil }
        var value = 0
        for i in range {
            let d = buf[i] &- UInt8(ascii: "0")
            guard d < 10 else { return nil }
            value = value &* 10 &+ Int(d)
        }
        return value
    }

    /// The range without leading and trailing spaces and tabs.
    static func trimmed(_ buf: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var lo = range.lowerBound
        var hi = range.upperBound
        while lo < hi, buf[lo] == space || buf[lo] == tab { lo += 1 }
        while hi > lo, buf[hi - 1] == space || buf[hi - 1] == tab { hi -= 1 }
        return lo..<hi
    }

    /// The bytes of `range` as text; invalid UTF-8 becomes U+FFFD rather than failing the line.
    static func string(_ buf: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: buf[range]), as: UTF8.self)
    }

    /// Epoch seconds with an optional fraction (`1366720340` or `1366720340.303267`).
    static func epoch(_ buf: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (Int64, Int32)? {
        let range = trimmed(buf, range)
        var dot = range.upperBound
        for i in range where buf[i] == UInt8(ascii: ".") {
            dot = i
            break
        }
        guard let seconds = digits(buf, range.lowerBound..<dot) else { return nil }
        guard dot < range.upperBound else { return (Int64(seconds), 0) }
        return fraction(buf, (dot + 1)..<range.upperBound).map { (Int64(seconds), $0) }
    }

    /// A decimal fraction's digits as microseconds (`5` → 500000); nil if not digits.
    static func fraction(_ buf: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int32? {
        guard !range.isEmpty else { return 0 }
        var micros: Int32 = 0
        var scale: Int32 = 100_000
        for i in range {
            let d = buf[i] &- UInt8(ascii: "0")
            guard d < 10 else { return nil }
            micros += Int32(d) * scale
            scale /= 10
        }
        return micros
    }

    /// The text without surrounding spaces and tabs.
    static func trim(_ text: String) -> String {
        var s = Substring(text)
        while s.first == " " || s.first == "\t" { s.removeFirst() }
        while s.last == " " || s.last == "\t" { s.removeLast() }
        return String(s)
    }
}
