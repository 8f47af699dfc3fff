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
        var w = JSONBytes(pretty: pretty, capacity: 256 + results.count * 160)
        write(to: &w)
        return w.string
    }

    /// Appends the JSON of `json(pretty: out.pretty)` to `out`: a batch writes every result into one buffer.
    public func appendJSON(to out: inout JSONBytes) {
        write(to: &out)
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
        w.append(0x22)
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
