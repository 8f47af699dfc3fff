import PanduCore

extension TranscriptJSONParser {
    var peek: UInt8 { i < u.count ? u[i] : 0 }

    mutating func skipSpace() {
        while i < u.count, u[i] == 0x20 || u[i] == 0x0A || u[i] == 0x0D || u[i] == 0x09 { i += 1 }
    }

    /// Calls `body` with each key of an object, positioned at its value.
    mutating func object(_ body: (inout TranscriptJSONParser, Key) throws(Failure) -> Void) throws(Failure) {
        skipSpace()
        guard peek == 0x7B else { throw fail("expected an object") }
        i += 1
        skipSpace()
        if peek == 0x7D {
            i += 1
            return
        }
        while true {
            skipSpace()
            guard peek == 0x22 else { throw fail("expected a key") }
            let key = try self.key()
            skipSpace()
            guard peek == 0x3A else { throw fail("expected : after \"\(key.string)\"") }
            i += 1
            skipSpace()
            try body(&self, key)
            skipSpace()
            if peek == 0x2C {
                i += 1
                continue
            }
            guard peek == 0x7D else { throw fail("expected , or }") }
            i += 1
            return
        }
    }

    /// An object key: plain keys stay bytes of the input (compared without making a String).
    private mutating func key() throws(Failure) -> Key {
        let start = i + 1
        var end = start
        while end < u.count, u[end] != 0x22, u[end] != 0x5C, u[end] >= 0x20, u[end] < 0x80 { end += 1 }
        if end < u.count, u[end] == 0x22 {
            i = end + 1
            return Key(bytes: UnsafeBufferPointer(rebasing: u[start..<end]))
        }
        return Key(decoded: try rawString())
    }

    mutating func string(_ key: @autoclosure () -> String) throws(Failure) -> String {
        guard peek == 0x22 else { throw Failure(reason: "\"\(key())\" must be a text") }
        return try rawString()
    }

    mutating func optionalString(_ key: @autoclosure () -> String) throws(Failure) -> String? {
        if peek == 0x6E {
            try literal("null")
            return nil
        }
        return try string(key())
    }

    mutating func value() throws(Failure) -> JSONValue {
        skipSpace()
        switch peek {
        case 0x22: return .string(try rawString())
        case 0x7B:
            var o = [String: JSONValue](minimumCapacity: 8)  // one table, not one per growth
            try object { (p: inout TranscriptJSONParser, key: Key) throws(Failure) in o[key.string] = try p.value() }
            return .object(o)
        case 0x5B: return .array(try array())
        case 0x74:
            try literal("true")
            return .bool(true)
        case 0x66:
            try literal("false")
            return .bool(false)
        case 0x6E:
            try literal("null")
            return .null
        default: return .number(try number())
        }
    }

    private mutating func array() throws(Failure) -> [JSONValue] {
        i += 1
        var items: [JSONValue] = []
        skipSpace()
        if peek == 0x5D {
            i += 1
            return items
        }
        while true {
            items.append(try value())
            skipSpace()
            if peek == 0x2C {
                i += 1
                continue
            }
            guard peek == 0x5D else { throw fail("expected , or ]") }
            i += 1
            return items
        }
    }

    private mutating func literal(_ word: StaticString) throws(Failure) {
        let n = word.utf8CodeUnitCount
        guard i + n <= u.count else { throw fail("unexpected end") }
        for k in 0..<n where u[i + k] != word.utf8Start[k] { throw fail("expected \(word)") }
        i += n
    }

    private mutating func number() throws(Failure) -> Double {
        let start = i
        // Plain digits (most numbers: minutes, seconds) without a String made for `Double(_:)`.
        var n = 0
        while i < u.count, u[i] >= 0x30, u[i] <= 0x39, i - start < 15 {
            n = n * 10 + Int(u[i] - 0x30)
            i += 1
        }
        if i > start, i < u.count, u[i] == 0x2C || u[i] == 0x7D || u[i] == 0x5D || u[i] == 0x20 || u[i] == 0x0A {
            return Double(n)
        }
        i = start
        while i < u.count,
            (u[i] >= 0x30 && u[i] <= 0x39) || u[i] == 0x2D || u[i] == 0x2B || u[i] == 0x2E || u[i] == 0x65
                || u[i] == 0x45
        {
            i += 1
        }
        guard i > start, let d = Double(String(decoding: UnsafeBufferPointer(rebasing: u[start..<i]), as: UTF8.self))
        else {
            throw fail(i < u.count ? "unexpected \"\(Character(Unicode.Scalar(u[i])))\"" : "unexpected end")
        }
        return d
    }

    /// A string literal: the fast path copies bytes; escapes are decoded; invalid UTF-8 is refused.
    mutating func rawString() throws(Failure) -> String {
        i += 1
        let start = i
        var high: UInt64 = 0  // all bytes or-ed: no bit 7 means plain ASCII, valid UTF-8 as it is
        if let base = u.baseAddress {
            // Eight plain bytes at a time, then byte by byte up to the closing quote or an escape.
            while i + 8 <= u.count {
                let w = JSONByteScan.word(base + i)
                let special = JSONByteScan.specialBytes(w)
                if special != 0 {
                    i += special.trailingZeroBitCount / 8  // the bytes before it are plain
                    high |= w & ((1 << UInt64(special.trailingZeroBitCount & ~7)) &- 1)
                    break
                }
                high |= w
                i += 8
            }
        }
        while i < u.count, u[i] != 0x22, u[i] != 0x5C, u[i] >= 0x20 {
            high |= UInt64(u[i])
            i += 1
        }
        if i < u.count, u[i] == 0x22 {
            defer { i += 1 }
            let p = UnsafeBufferPointer(rebasing: u[start..<i])
            return high & 0x8080_8080_8080_8080 == 0 ? String(decoding: p, as: UTF8.self) : try text(p)
        }
        var bytes = Array(u[start..<i])
        while i < u.count {
            let b = u[i]
            if b == 0x22 {
                i += 1
                return try bytes.withUnsafeBufferPointer { (p) throws(Failure) in try text(p) }
            }
            guard b >= 0x20 else { throw fail("control character in a text") }
            if b != 0x5C {
                bytes.append(b)
                i += 1
                continue
            }
            i += 1
            guard i < u.count else { break }
            let e = u[i]
            i += 1
            switch e {
            case 0x22, 0x5C, 0x2F: bytes.append(e)
            case 0x62: bytes.append(0x08)
            case 0x66: bytes.append(0x0C)
            case 0x6E: bytes.append(0x0A)
            case 0x72: bytes.append(0x0D)
            case 0x74: bytes.append(0x09)
            case 0x75: bytes.append(contentsOf: String(Character(try unicodeEscape())).utf8)
            default: throw fail("bad escape \\\(Character(Unicode.Scalar(e)))")
            }
        }
        throw fail("unterminated text")
    }

    private func text(_ p: UnsafeBufferPointer<UInt8>) throws(Failure) -> String {
        // Plain ASCII (most texts) is valid UTF-8 as it is: a cheap scan instead of the generic validator.
        if !p.contains(where: { $0 >= 0x80 }) { return String(decoding: p, as: UTF8.self) }
        guard let s = String(validating: p, as: UTF8.self) else { throw fail("invalid UTF-8 in a text") }
        return s
    }

    private mutating func hex4() throws(Failure) -> UInt32 {
        guard i + 4 <= u.count else { throw fail("short \\u escape") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = u[i]
            let d: UInt32
            switch c {
            case 0x30...0x39: d = UInt32(c - 0x30)
            case 0x41...0x46: d = UInt32(c - 0x37)
            case 0x61...0x66: d = UInt32(c - 0x57)
            default: throw fail("bad \\u escape")
            }
            v = v << 4 | d
            i += 1
        }
        return v
    }

    private mutating func unicodeEscape() throws(Failure) -> Unicode.Scalar {
        var v = try hex4()
        if (0xD800...0xDBFF).contains(v), i + 6 <= u.count, u[i] == 0x5C, u[i + 1] == 0x75 {
            i += 2
            let low = try hex4()
            guard (0xDC00...0xDFFF).contains(low) else { throw fail("bad surrogate pair") }
            v = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let s = Unicode.Scalar(v) else { throw fail("invalid \\u escape") }
        return s
    }
}
