extension QCResult: Encodable {
    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ s: String) { stringValue = s }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Encodes the documented shape, results keyed by parameter id in form order.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(id, forKey: Key("id"))
        try c.encode(standard, forKey: Key("standard"))
        var results = c.nestedContainer(keyedBy: Key.self, forKey: Key("results"))
        for r in self.results {
            var item = results.nestedContainer(keyedBy: Key.self, forKey: Key(r.parameter.rawValue))
            try item.encode(r.verdict, forKey: Key("verdict"))
            try item.encode(r.evidence, forKey: Key("evidence"))
            try item.encode(r.suggestion, forKey: Key("suggestion"))
        }
        try c.encode(score, forKey: Key("score"))
        try c.encode(fatal, forKey: Key("fatal"))
        try c.encode(overall, forKey: Key("overall"))
    }

    /// The same JSON written directly (fast, stable key order): one line, or indented when `pretty`.
    public func json(pretty: Bool = false) -> String {
        var w = JSONBytes(pretty: pretty)
        w.out.reserveCapacity(256 + results.count * 160)
        write(to: &w)
        return String(decoding: w.out, as: UTF8.self)
    }

    /// Appends the JSON of `json(pretty:)` to `out` as UTF-8, so a batch writes many results into one buffer.
    public func appendJSON(to out: inout [UInt8], pretty: Bool = false) {
        var w = JSONBytes(pretty: pretty)
        swap(&w.out, &out)
        write(to: &w)
        swap(&w.out, &out)
    }

    private func write(to w: inout JSONBytes) {
        w.raw("{")
        w.key("id", level: 1)
        if let id { w.string(id) } else { w.raw("null") }
        w.raw(",")
        w.key("standard", level: 1)
        w.string(standard.rawValue)
        w.raw(",")
        w.key("results", level: 1)
        w.raw("{")
        results.withUnsafeBufferPointer { all in
            // Each result read in place: a copy of a `ParameterResult` retains and releases its four strings.
            for n in all.indices {
                if w.pretty { Self.writePretty(all, n, to: &w) } else { Self.writeCompact(all, n, to: &w) }
                if n < all.count - 1 { w.raw(",") }
            }
        }
        w.close("}", level: 1)
        w.raw(",")
        w.key("score", level: 1)
        w.raw(text: score.map(Self.number) ?? "null")
        w.raw(",")
        w.key("fatal", level: 1)
        w.raw(fatal ? "true" : "false")
        w.raw(",")
        w.key("overall", level: 1)
        if let overall { w.string(overall.rawValue) } else { w.raw("null") }
        w.close("}", level: 0)
    }

    private static func writePretty(_ all: UnsafeBufferPointer<ParameterResult>, _ n: Int, to w: inout JSONBytes) {
        let r = UnsafePointer(all.baseAddress! + n)
        w.key(text: r.pointee.parameter.rawValue, level: 2)
        w.raw("{")
        w.key("verdict", level: 3)
        w.string(r.pointee.verdict.rawValue)
        w.raw(",")
        w.key("evidence", level: 3)
        w.string(r.pointee.evidence)
        w.raw(",")
        w.key("suggestion", level: 3)
        if let s = r.pointee.suggestion { w.string(s) } else { w.raw("null") }
        w.close("}", level: 2)
    }

    /// Result `n` on one line, the fixed parts written as whole fragments with the quotes around them
    /// (the batch's hot path: an append per quote cost as much as the fragment).
    private static func writeCompact(_ all: UnsafeBufferPointer<ParameterResult>, _ n: Int, to w: inout JSONBytes) {
        let r = UnsafePointer(all.baseAddress! + n)
        w.out.append(0x22)
        w.content(r.pointee.parameter.rawValue)
        // The verdict is one of three constants: written whole, not escaped byte by byte.
        switch r.pointee.verdict {
        case .pass: w.raw("\":{\"verdict\":\"pass\",\"evidence\":\"")
        case .fail: w.raw("\":{\"verdict\":\"fail\",\"evidence\":\"")
        case .na: w.raw("\":{\"verdict\":\"na\",\"evidence\":\"")
        }
        w.content(r.pointee.evidence)
        if let s = r.pointee.suggestion {
            w.raw("\",\"suggestion\":\"")
            w.content(s)
            w.raw("\"}")
        } else {
            w.raw("\",\"suggestion\":null}")  // the common case as one fragment
        }
    }

    static func number(_ d: Double) -> String {
        if d.rounded() == d, abs(d) < 1e15 { return String(Int64(d)) }
        return String(d)
    }
}

/// A byte buffer that JSON is written into; strings are escaped byte by byte (UTF-8 passes through).
struct JSONBytes {
    var out: [UInt8] = []
    let pretty: Bool

    init(pretty: Bool) { self.pretty = pretty }

    /// Punctuation and literals (`{`, `,`, `null`): copied from static text, no String in between.
    mutating func raw(_ s: StaticString) {
        out.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    /// Text already valid as JSON (a number).
    mutating func raw(text s: String) {
        var s = s
        s.withUTF8 { out.append(contentsOf: $0) }
    }

    /// A fixed key (plain ASCII, needs no escaping), on its own indented line when pretty.
    mutating func key(_ k: StaticString, level: Int) {
        indent(level)
        out.append(0x22)
        raw(k)
        out.append(0x22)
        colon()
    }

    /// A key taken from data (a parameter id), escaped like any string.
    mutating func key(text k: String, level: Int) {
        indent(level)
        string(k)
        colon()
    }

    mutating func close(_ s: StaticString, level: Int) {
        indent(level)
        raw(s)
    }

    private mutating func indent(_ level: Int) {
        guard pretty else { return }
        out.append(0x0A)
        out.append(contentsOf: repeatElement(0x20, count: level * 2))
    }

    private mutating func colon() {
        out.append(0x3A)
        if pretty { out.append(0x20) }
    }

    /// A JSON string literal: runs of plain bytes are copied at once, only quotes, backslashes and
    /// control characters are escaped.
    mutating func string(_ s: String) {
        out.append(0x22)
        content(s)
        out.append(0x22)
    }

    /// What goes between the quotes of a JSON string literal of `s`.
    mutating func content(_ s: String) {
        // The bytes read in place (a native or small string): no copy of the string, no uniqueness checks.
        if s.utf8.withContiguousStorageIfAvailable({ escaped($0) }) == nil {
            var s = s
            s.withUTF8 { escaped($0) }
        }
    }

    /// The bytes of a string literal's content, escaped.
    private mutating func escaped(_ u: UnsafeBufferPointer<UInt8>) {
        guard let base = u.baseAddress else { return }
        var run = 0
        var i = 0
        // Eight bytes at a time: skip plain words, jump straight to the first byte needing an escape.
        while i + 8 <= u.count {
            let special = JSONByteScan.specialBytes(JSONByteScan.word(base + i))
            if special == 0 {
                i += 8
                continue
            }
            let k = i + special.trailingZeroBitCount / 8
            out.append(contentsOf: UnsafeBufferPointer(start: base + run, count: k - run))
            escape(base[k])
            run = k + 1
            i = k + 1
        }
        while i < u.count {
            let b = base[i]
            if b == 0x22 || b == 0x5C || b < 0x20 {
                out.append(contentsOf: UnsafeBufferPointer(start: base + run, count: i - run))
                escape(b)
                run = i + 1
            }
            i += 1
        }
        out.append(contentsOf: UnsafeBufferPointer(start: base + run, count: u.count - run))
    }

    private mutating func escape(_ b: UInt8) {
        out.append(0x5C)
        switch b {
        case 0x22, 0x5C: out.append(b)
        case 0x0A: out.append(0x6E)
        case 0x0D: out.append(0x72)
        case 0x09: out.append(0x74)
        default:
            let hex: StaticString = "0123456789abcdef"
            out.append(contentsOf: [0x75, 0x30, 0x30, hex.utf8Start[Int(b >> 4)], hex.utf8Start[Int(b & 0xF)]])
        }
    }
}
