import PanduCore

extension TranscriptJSONParser {
    mutating func turns() throws(Failure) -> [Turn] {
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
            if let said = compactTurn() ?? plainTurn() {
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

    /// The turns a generator or an export writes, byte for byte without spaces: `{"speaker":"agent",
    /// "text":"…"}` (or customer), a call end by agent or customer, a hold with whole seconds. Each is
    /// recognised by comparing its fixed text at once; nil, with the position unchanged, for anything
    /// else (which `plainTurn` or `turn(_:)` then reads or refuses with its message).
    private mutating func compactTurn() -> Turn? {
        let start = i
        if skip(#"{"speaker":"agent","text":"#) {
            if peek == 0x22, let text = try? rawString(), skip("}") { return .agent(text) }
        } else if skip(#"{"speaker":"customer","text":"#) {
            if peek == 0x22, let text = try? rawString(), skip("}") { return .customer(text) }
        } else if skip(#"{"speaker":"event","event":""#) {
            if skip(#"call_end","by":"agent"}"#) { return .callEnd(byAgent: true) }
            if skip(#"call_end","by":"customer"}"#) { return .callEnd(byAgent: false) }
            if skip(#"hold","seconds":"#), let seconds = wholeNumber(), skip("}") { return .hold(seconds: seconds) }
        }
        i = start
        return nil
    }

    /// `text` if it comes next (no spaces skipped).
    private mutating func skip(_ text: StaticString) -> Bool {
        guard follows(text) else { return false }
        i += text.utf8CodeUnitCount
        return true
    }

    /// 1 to 15 digits ending the value (what the generic reader makes of them too); nil for anything else.
    private mutating func wholeNumber() -> Int? {
        var n = 0
        var k = i
        while k < u.count, u[k] >= 0x30, u[k] <= 0x39, k - i < 15 {
            n = n * 10 + Int(u[k] - 0x30)
            k += 1
        }
        guard k > i, k < u.count, u[k] == 0x7D else { return nil }
        i = k
        return n
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
