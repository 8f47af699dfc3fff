import Foundation

/// Splits a byte stream into lines: `\n` or `\r\n` ends a line, every other byte (tabs, lone `\r`,
/// invalid UTF-8) stays in it.
///
/// Each byte is scanned once and moved at most once, so a 1 MB line costs the same as many short
/// ones: the search resumes where the last one stopped, and consumed bytes are dropped only
/// before new bytes are appended.
struct ByteLineBuffer {
    private var bytes: [UInt8] = []
    /// Where the next unconsumed line starts.
    private var start = 0
    /// How far `bytes` is known to hold no newline.
    private var scanned = 0

    /// Adds bytes read from the stream.
    mutating func append(_ chunk: UnsafeRawBufferPointer) {
        if start > 0 {
            bytes.removeSubrange(0..<start)
            scanned -= start
            start = 0
        }
        bytes.append(contentsOf: chunk)
    }

    /// The next complete line, or nil until a newline arrives.
    mutating func takeLine() -> LineInput? {
        guard let newline = firstNewline() else {
            scanned = bytes.count
            return nil
        }
        var end = newline
        if end > start && bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        let line = LineInput(decoding: bytes[start..<end])
        start = newline + 1
        scanned = start
        return line
    }

    /// At the end of the stream: the last line if it had no newline, else nil.
    mutating func takeRemainder() -> LineInput? {
        guard start < bytes.count else { return nil }
        let line = LineInput(decoding: bytes[start...])
        start = bytes.count
        scanned = start
        return line
    }

    /// memchr from `scanned`: a byte-by-byte Swift loop is slow in debug builds on a 1 MB line.
    private func firstNewline() -> Int? {
        guard scanned < bytes.count else { return nil }
        return bytes.withUnsafeBytes { raw in
            guard let found = memchr(raw.baseAddress! + scanned, 0x0A, raw.count - scanned) else { return nil }
            return raw.baseAddress!.distance(to: UnsafeRawPointer(found))
        }
    }
}
