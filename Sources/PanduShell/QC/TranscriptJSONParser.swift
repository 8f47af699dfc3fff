import Foundation
import PanduCore

/// Reads a transcript straight from JSON bytes: the batch runner's fast path (Foundation's decoder
/// costs more than scoring). Accepts exactly what `Transcript`'s `Decodable` accepts.
struct TranscriptJSONParser {
    struct Failure: Error {
        var reason: String
    }

    let u: UnsafeBufferPointer<UInt8>
    var i = 0

    private init(_ u: UnsafeBufferPointer<UInt8>) { self.u = u }

    /// An object key as read: bytes of the input when plain ASCII without escapes, else decoded text.
    /// Valid only while the parser's buffer is; `case "name":` matches it without building a String.
    struct Key {
        var bytes: UnsafeBufferPointer<UInt8>?
        var decoded: String?

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }
        init(decoded: String) { self.decoded = decoded }

        var string: String { decoded ?? bytes.map { String(decoding: $0, as: UTF8.self) } ?? "" }

        /// How many bytes the key has (of its text when it had escapes).
        var count: Int { bytes?.count ?? decoded?.utf8.count ?? 0 }

        static func ~= (pattern: StaticString, key: Key) -> Bool {
            guard let bytes = key.bytes else { return key.decoded == pattern.description }
            return bytes.count == pattern.utf8CodeUnitCount
                && (bytes.isEmpty || memcmp(bytes.baseAddress!, pattern.utf8Start, bytes.count) == 0)
        }
    }

    /// The keys of a transcript as read so far.
    private struct Fields {
        var id: String?
        var service: String?
        var tier: String?
        var channel: Channel?
        var scope: String?
        var localTime: String?
        var timezone: TimeZoneCode?
        var agentName: String?
        var customerName: String?
        var context = TranscriptContext()
        var turns: [Turn] = []
    }

    /// The transcript in `bytes`, or why it is not one.
    static func transcript(_ bytes: ArraySlice<UInt8>) throws(Failure) -> Transcript {
        let result: Result<Transcript, Failure> = bytes.withUnsafeBufferPointer { buffer in
            var parser = TranscriptJSONParser(buffer)
            do throws(Failure) {
                parser.skipSpace()
                let t = try parser.transcript()
                parser.skipSpace()
                guard parser.i == buffer.count else { throw parser.fail("unexpected text after the transcript") }
                return .success(t)
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    func fail(_ what: String) -> Failure {
        Failure(reason: "invalid JSON at byte \(i + 1): \(what)")
    }

    private mutating func transcript() throws(Failure) -> Transcript {
        var f = Fields()
        try object { (p: inout TranscriptJSONParser, key: Key) throws(Failure) in try p.field(key, into: &f) }
        guard let service = f.service else { throw Failure(reason: "missing key \"service\"") }
        guard let channel = f.channel else { throw Failure(reason: "missing key \"channel\"") }
        guard let scope = f.scope else { throw Failure(reason: "missing key \"scope\"") }
        guard let agentName = f.agentName else { throw Failure(reason: "missing key \"agent_name\"") }
        var t = Transcript(
            id: f.id, service: service, tier: f.tier, channel: channel, scope: scope, localTime: f.localTime,
            timezone: f.timezone, agentName: agentName, customerName: f.customerName, turns: f.turns)
        t.context = f.context
        return t
    }

    /// Reads the value of one key of the transcript. Keys are told apart by their length first, so each
    /// is compared with one or two names instead of every name in turn.
    private mutating func field(_ key: Key, into f: inout Fields) throws(Failure) {
        switch key.count {
        case 2 where "id" ~= key: f.id = try optionalString(key.string)
        case 4 where "tier" ~= key: f.tier = try optionalString(key.string)
        case 5 where "scope" ~= key: f.scope = try string(key.string)
        case 5 where "turns" ~= key: f.turns = try turns()
        case 7 where "service" ~= key: f.service = try string(key.string)
        case 7 where "channel" ~= key: f.channel = try channel(key)
        case 7 where "context" ~= key: f.context = try context()
        case 8 where "timezone" ~= key: f.timezone = try timezone(key)
        case 10 where "local_time" ~= key: f.localTime = try optionalString(key.string)
        case 10 where "agent_name" ~= key: f.agentName = try string(key.string)
        case 13 where "customer_name" ~= key: f.customerName = try optionalString(key.string)
        default: _ = try value()
        }
    }

    private mutating func channel(_ key: Key) throws(Failure) -> Channel {
        if follows("\"voice\"") {  // nearly every transcript: no String made
            i += 7
            return .voice
        }
        let raw = try string(key.string)
        guard let c = Channel(rawValue: raw) else { throw Failure(reason: "unknown channel \"\(raw)\"") }
        return c
    }

    private mutating func timezone(_ key: Key) throws(Failure) -> TimeZoneCode? {
        // The three codes matched as bytes: no String made.
        if follows("\"WIB\"") {
            i += 5
            return .wib
        }
        if follows("\"WITA\"") {
            i += 6
            return .wita
        }
        if follows("\"WIT\"") {
            i += 5
            return .wit
        }
        guard let raw = try optionalString(key.string) else { return nil }
        guard let z = TimeZoneCode(rawValue: raw) else { throw Failure(reason: "unknown timezone \"\(raw)\"") }
        return z
    }

    /// The `context` object, its members kept in a list (see `TranscriptContext`).
    private mutating func context() throws(Failure) -> TranscriptContext {
        guard peek == 0x7B else {
            _ = try value()
            throw Failure(reason: "\"context\" must be an object")
        }
        var context = TranscriptContext()
        context.reserveCapacity(8)
        try object { (p: inout TranscriptJSONParser, key: Key) throws(Failure) in
            context[key.string] = try p.value()
        }
        return context
    }

    /// Whether the input at the position starts with `text`.
    func follows(_ text: StaticString) -> Bool {
        let n = text.utf8CodeUnitCount
        guard i + n <= u.count, let base = u.baseAddress else { return false }
        return memcmp(base + i, text.utf8Start, n) == 0
    }
}
