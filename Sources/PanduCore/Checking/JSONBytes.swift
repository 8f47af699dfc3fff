/// A growable buffer that JSON is written into as UTF-8 through a raw pointer: a batch writes every
/// result into one of these, and each fragment costs a bounds check and a copy (an `Array` append
/// costs a uniqueness check and a generic copy per call, which was most of the cost of writing a result).
/// Strings are escaped eight bytes at a time; UTF-8 passes through.
public struct JSONBytes: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// How many bytes are written.
    public private(set) var count = 0
    /// Whether keys go on their own indented lines (a single result written for reading).
    public var pretty: Bool

    /// An empty buffer with room for `capacity` bytes before it grows.
    public init(pretty: Bool = false, capacity: Int = 1024) {
        self.pretty = pretty
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// The bytes written so far, valid during `body`.
    public func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try body(UnsafeRawBufferPointer(start: base, count: count))
    }

    /// Forgets the bytes written, keeping the memory for the next ones.
    public mutating func removeAll() { count = 0 }

    /// The bytes written so far, as an array.
    public var bytes: [UInt8] {
        // Copied at once (an `Array` made from a buffer pointer copies byte by byte).
        [UInt8](unsafeUninitializedCapacity: count) { out, n in
            if count > 0 { out.baseAddress!.update(from: base, count: count) }
            n = count
        }
    }

    /// The bytes written so far, as text.
    public var string: String { String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self) }

    /// Appends text as it is (already valid where it goes: a line of a report, a sheet).
    public mutating func append(text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// Appends one byte.
    @inline(__always)
    public mutating func append(_ b: UInt8) {
        if count == capacity { grow(1) }
        base[count] = b
        count += 1
    }

    /// Appends bytes as they are.
    @inline(__always)
    public mutating func append(_ u: UnsafeBufferPointer<UInt8>) {
        guard let p = u.baseAddress else { return }
        append(p, u.count)
    }

    @inline(__always)
    mutating func append(_ p: UnsafePointer<UInt8>, _ n: Int) {
        if count + n > capacity { grow(n) }
        (base + count).update(from: p, count: n)
        count += n
    }

    /// Makes room for `n` more bytes, so the next `n` can be written without checks.
    @inline(__always)
    mutating func reserve(_ n: Int) {
        if count + n > capacity { grow(n) }
    }

    @inline(never)
    private mutating func grow(_ n: Int) {
        let bigger = max(capacity * 2, count + n)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: bigger)
        moved.moveInitialize(from: base, count: count)
        base.deallocate()
        base = moved
        capacity = bigger
    }

    /// Punctuation, literals and fixed fragments (`{`, `,`, `null`, `","suggestion":null}`).
    @inline(__always)
    mutating func raw(_ s: StaticString) {
        append(s.utf8Start, s.utf8CodeUnitCount)
    }

    /// Text already valid as JSON (a number).
    mutating func raw(text s: String) { append(text: s) }

    /// A fixed key (plain ASCII, needs no escaping), on its own indented line when pretty.
    mutating func key(_ k: StaticString, level: Int) {
        indent(level)
        append(0x22)
        raw(k)
        append(0x22)
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
        reserve(1 + level * 2)
        base[count] = 0x0A
        (base + count + 1).update(repeating: 0x20, count: level * 2)
        count += 1 + level * 2
    }

    private mutating func colon() {
        append(0x3A)
        if pretty { append(0x20) }
    }

    /// A JSON string literal of `s`.
    mutating func string(_ s: String) {
        append(0x22)
        content(s)
        append(0x22)
    }

    /// What goes between the quotes of a JSON string literal of `s`.
    mutating func content(_ s: String) {
        // The bytes read in place (a native or small string): no copy of the string.
        if s.utf8.withContiguousStorageIfAvailable({ escaped($0) }) == nil {
            var s = s
            s.withUTF8 { escaped($0) }
        }
    }

    /// The bytes of a string literal's content, escaped. Room for the worst case (every byte `\u00XX`,
    /// plus a word of slack) is made first, so the loop writes without checks: each word of eight input
    /// bytes is stored whole, and the output moves on past its plain bytes only (a quote or control
    /// byte is then written as its escape over the rest of the word).
    mutating func escaped(_ u: UnsafeBufferPointer<UInt8>) {
        guard let src = u.baseAddress else { return }
        let n = u.count
        reserve(n &* 6 &+ 8)
        var o = UnsafeMutableRawPointer(base + count)
        var i = 0
        while i &+ 8 <= n {
            let w = JSONByteScan.word(src + i)
            o.storeBytes(of: w, as: UInt64.self)
            let special = JSONByteScan.specialBytes(w)
            if special == 0 {
                o += 8
                i &+= 8
                continue
            }
            let k = special.trailingZeroBitCount &>> 3
            o = Self.escape(src[i &+ k], at: o + k)
            i &+= k &+ 1
        }
        while i < n {
            let b = src[i]
            if b == 0x22 || b == 0x5C || b < 0x20 {
                o = Self.escape(b, at: o)
            } else {
                o.storeBytes(of: b, as: UInt8.self)
                o += 1
            }
            i &+= 1
        }
        count = UnsafeMutableRawPointer(base).distance(to: o)
    }

    /// Writes the escape of `b` at `o`; returns the position after it.
    private static func escape(_ b: UInt8, at o: UnsafeMutableRawPointer) -> UnsafeMutableRawPointer {
        let p = o.assumingMemoryBound(to: UInt8.self)
        p[0] = 0x5C
        switch b {
        case 0x22, 0x5C: p[1] = b
        case 0x0A: p[1] = 0x6E
        case 0x0D: p[1] = 0x72
        case 0x09: p[1] = 0x74
        default:
            let hex: StaticString = "0123456789abcdef"
            p[1] = 0x75
            p[2] = 0x30
            p[3] = 0x30
            p[4] = hex.utf8Start[Int(b >> 4)]
            p[5] = hex.utf8Start[Int(b & 0xF)]
            return o + 6
        }
        return o + 2
    }
}
