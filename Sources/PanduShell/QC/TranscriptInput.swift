import Foundation
import PanduCore

/// Splits QC input into transcripts: one JSON document, a JSON array of them, or JSON Lines.
enum TranscriptInput {
    struct Item {
        var transcript: Transcript
        /// The input line the transcript starts on.
        var line: Int
    }

    struct Problem: Error {
        var line: Int
        var reason: String
    }

    /// JSON Lines when the first value fits on its line and more follow; one document (or array) when
    /// it is all there is; pretty documents one after another otherwise.
    /// JSON Lines are decoded one line at a time as the result is iterated.
    static func split(_ data: Data) -> Documents {
        let bytes = [UInt8](data)
        guard let start = bytes.firstIndex(where: { !isSpace($0) }) else { return Documents([]) }
        let newline = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
        guard let end = valueEnd(bytes[...], from: start) else {
            return newline < bytes.count
                ? jsonLines(bytes) : Documents(whole(bytes[start...], line: line(of: start, in: bytes)))
        }
        let more = bytes[end...].contains { !isSpace($0) }
        if !more { return Documents(whole(bytes[start..<end], line: line(of: start, in: bytes))) }
        if end <= newline { return jsonLines(bytes) }
        return Documents(documents(bytes, from: start))
    }

    /// Pretty-printed documents one after another; stops at the first that does not close.
    private static func documents(_ bytes: [UInt8], from: Int) -> [Result<Item, Problem>] {
        var results: [Result<Item, Problem>] = []
        var i = from
        while let start = bytes[i...].firstIndex(where: { !isSpace($0) }) {
            guard let end = valueEnd(bytes[...], from: start) else {
                results.append(
                    .failure(Problem(line: line(of: start, in: bytes), reason: "unterminated JSON document")))
                break
            }
            results += whole(bytes[start..<end], line: line(of: start, in: bytes))
            i = end
        }
        return results
    }

    private static func whole(_ bytes: ArraySlice<UInt8>, line: Int) -> [Result<Item, Problem>] {
        guard bytes.first == 0x5B else { return [decode(bytes, line: line)] }
        var results: [Result<Item, Problem>] = []
        var i = bytes.index(after: bytes.startIndex)
        var n = 0
        while let start = bytes[i...].firstIndex(where: { !isSpace($0) && $0 != 0x2C }), bytes[start] != 0x5D {
            n += 1
            guard let end = valueEnd(bytes, from: start) else {
                results.append(.failure(Problem(line: line, reason: "element \(n): unterminated JSON")))
                break
            }
            results.append(
                decode(bytes[start..<end], line: line).mapError {
                    Problem(line: $0.line, reason: "element \(n): \($0.reason)")
                })
            i = end
        }
        return results
    }

    private static func jsonLines(_ bytes: [UInt8]) -> Documents {
        var lines: [(range: Range<Int>, number: Int)] = []
        var n = 0
        bytes.withUnsafeBufferPointer { u in
            var start = 0
            while start <= u.count {
                let end = lineEnd(u, from: start)
                n += 1
                if u[start..<end].contains(where: { !isSpace($0) }) { lines.append((start..<end, n)) }
                start = end + 1
            }
        }
        return Documents(lines: lines, of: bytes)
    }

    /// The index of the next line feed at or after `from`, or the end: memchr scans many bytes at a time
    /// (finding the lines is a pass over all the input).
    private static func lineEnd(_ u: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        guard from < u.count, let base = u.baseAddress, let hit = memchr(base + from, 0x0A, u.count - from) else {
            return u.count
        }
        return base.distance(to: UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)))
    }

    /// One transcript from JSON, or why not.
    static func decode(_ bytes: ArraySlice<UInt8>, line: Int) -> Result<Item, Problem> {
        do {
            return .success(Item(transcript: try TranscriptJSONParser.transcript(bytes), line: line))
        } catch {
            return .failure(Problem(line: line, reason: error.reason))
        }
    }

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }

    private static func line(of index: Int, in bytes: [UInt8]) -> Int {
        bytes[..<index].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
    }

    /// The index after the JSON value starting at `from` (strings and nesting respected), or nil if unbalanced.
    static func valueEnd(_ bytes: ArraySlice<UInt8>, from: Int) -> Int? {
        var depth = 0
        var inString = false
        var escaped = false
        var i = from
        while i < bytes.endIndex {
            let b = bytes[i]
            if inString {
                if escaped {
                    escaped = false
                } else if b == 0x5C {
                    escaped = true
                } else if b == 0x22 {
                    inString = false
                }
            } else if b == 0x22 {
                inString = true
            } else if b == 0x7B || b == 0x5B {
                depth += 1
            } else if b == 0x7D || b == 0x5D {
                depth -= 1
                if depth == 0 { return i + 1 }
            }
            i += 1
        }
        return nil
    }
}
