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

        static func ~= (pattern: StaticString, key: Key) -> Bool {
            guard let bytes = key.bytes else { return key.decoded == pattern.description }
            let p = UnsafeBufferPointer(start: pattern.utf8Start, count: pattern.utf8CodeUnitCount)
            return bytes.elementsEqual(p)
        }
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
        var id: String?
        var service: String?
        var tier: String?
        var channel: Channel?
        var scope: String?
        var localTime: String?
        var timezone: TimeZoneCode?
        var agentName: String?
        var customerName: String?
        var context: [String: JSONValue] = [:]
        var turns: [Turn] = []
        try object { (p: inout TranscriptJSONParser, key: Key) throws(Failure) in
            switch key {
            case "id": id = try p.optionalString(key.string)
            case "service": service = try p.string(key.string)
            case "tier": tier = try p.optionalString(key.string)
            case "channel":
                let raw = try p.string(key.string)
                guard let c = Channel(rawValue: raw) else { throw Failure(reason: "unknown channel \"\(raw)\"") }
                channel = c
            case "scope": scope = try p.string(key.string)
            case "local_time": localTime = try p.optionalString(key.string)
            case "timezone":
                if let raw = try p.optionalString(key.string) {
                    guard let z = TimeZoneCode(rawValue: raw) else {
                        throw Failure(reason: "unknown timezone \"\(raw)\"")
                    }
                    timezone = z
                }
            case "agent_name": agentName = try p.string(key.string)
            case "customer_name": customerName = try p.optionalString(key.string)
            case "context":
                guard case .object(let o) = try p.value() else {
                    throw Failure(reason: "\"context\" must be an object")
                }
                context = o
            case "turns": turns = try p.turns()
            default: _ = try p.value()
            }
        }
        guard let service else { throw Failure(reason: "missing key \"service\"") }
        guard let channel else { throw Failure(reason: "missing key \"channel\"") }
        guard let scope else { throw Failure(reason: "missing key \"scope\"") }
        guard let agentName else { throw Failure(reason: "missing key \"agent_name\"") }
        return Transcript(
            id: id, service: service, tier: tier, channel: channel, scope: scope, localTime: localTime,
            timezone: timezone, agentName: agentName, customerName: customerName, context: context, turns: turns)
    }

    private mutating func turns() throws(Failure) -> [Turn] {
        var result: [Turn] = []
        result.reserveCapacity(16)
        skipSpace()
        guard peek == 0x5B else { throw Failure(reason: "\"turns\" must be a list") }
        i += 1
        skipSpace()
        if peek == 0x5D {
            i += 1
            return result
        }
        while true {
            skipSpace()
            if let said = plainTurn() {
                result.append(said)
            } else {
                result.append(try turn(result.count))
            }
            skipSpace()
            if peek == 0x2C {
                i += 1
                continue
            }
            guard peek == 0x5D else { throw fail("expected , or ] in \"turns\"") }
            i += 1
            return result
        }
    }

    /// The common turn `{"speaker":"agent"|"customer","text":"…"}` (keys in that order, nothing else)
    /// read without the generic object reader; nil, with the position unchanged, for anything else
    /// (events, other keys or orders, a text that does not read), which `turn(_:)` then reads or refuses.
    private mutating func plainTurn() -> Turn? {
        let start = i
        guard expect(0x7B), expect("\"speaker\""), expect(0x3A), expect(0x22) else {
            i = start
            return nil
        }
        let agent: Bool
        if follows("agent\"") {
            agent = true
            i += 6
        } else if follows("customer\"") {
            agent = false
            i += 9
        } else {
            i = start
            return nil
        }
        guard expect(0x2C), expect("\"text\""), expect(0x3A), peek == 0x22, let text = try? rawString(),
            expect(0x7D)
        else {
            i = start
            return nil
        }
        return agent ? .agent(text) : .customer(text)
    }

    /// Skips spaces, then `byte` if it comes next.
    private mutating func expect(_ byte: UInt8) -> Bool {
        skipSpace()
        guard peek == byte else { return false }
        i += 1
        return true
    }

    /// Skips spaces, then `text` if it comes next.
    private mutating func expect(_ text: StaticString) -> Bool {
        skipSpace()
        guard follows(text) else { return false }
        i += text.utf8CodeUnitCount
        return true
    }

    /// Whether the input at the position starts with `text`.
    private func follows(_ text: StaticString) -> Bool {
        let n = text.utf8CodeUnitCount
        guard i + n <= u.count else { return false }
        for k in 0..<n where u[i + k] != text.utf8Start[k] { return false }
        return true
    }

    /// The keys of a turn object the reader knows, read without building a dictionary; others are kept
    /// only for custom events.
    private struct TurnFields {
        var speaker: JSONValue?
        var text: JSONValue?
        var event: JSONValue?
        var seconds: JSONValue?
        var by: JSONValue?
        var others: [String: JSONValue] = [:]

        /// Every field except `speaker` and `event`, as a custom event's data.
        var data: [String: JSONValue] {
            var d = others
            for (key, value) in [("text", text), ("seconds", seconds), ("by", by)] {
                if let value { d[key] = value }
            }
            return d
        }
    }

    private mutating func turn(_ n: Int) throws(Failure) -> Turn {
        var f = TurnFields()
        try object { (p: inout TranscriptJSONParser, key: Key) throws(Failure) in
            switch key {
            case "speaker": f.speaker = try p.value()
            case "text": f.text = try p.value()
            case "event": f.event = try p.value()
            case "seconds": f.seconds = try p.value()
            case "by": f.by = try p.value()
            default: f.others[key.string] = try p.value()
            }
        }
        var at: String { "turn \(n + 1)" }
        switch f.speaker {
        case .string("agent"), .string("customer"):
            guard case .string(let text)? = f.text else { throw Failure(reason: "\(at): missing key \"text\"") }
            return f.speaker == .string("agent") ? .agent(text) : .customer(text)
        case .string("event"):
            guard case .string(let name)? = f.event else {
                throw Failure(reason: "\(at): missing key \"event\"")
            }
            switch name {
            case "hold":
                if let s = f.seconds, s != .null {
                    guard let n = s.numberValue, n.rounded() == n else {
                        throw Failure(reason: "\(at): \"seconds\" must be a whole number")
                    }
                    return .hold(seconds: Int(n))
                }
                return .hold(seconds: 0)
            case "call_end": return .callEnd(byAgent: f.by == .string("agent"))
            default: return .event(name: name, data: f.data)
            }
        case .string(let other)?: throw Failure(reason: "\(at): speaker must be agent, customer or event, not \(other)")
        default: throw Failure(reason: "\(at): missing key \"speaker\"")
        }
    }
}
