extension ContactBindings {
    /// Binds the placeholders for `transcript` on a standard of `medium`.
    init(_ transcript: Transcript, medium: Standard.Medium, tables: CheckerTables, customerWords: Set<UInt64>?) {
        // `tables.conventions` is read in place: a local copy of the conventions retains every field.
        agentName = Self.words(transcript.agentName, tables)
        customerName = Self.words(transcript.customerName ?? "", tables)
        written = medium == .written
        honorificIDs = written ? tables.honorificWrittenIDs : tables.honorificVoiceIDs
        honorificAnyIDs = tables.honorificAnyIDs
        skipIDs = tables.skipIDs
        rupiahIDs = tables.rupiahIDs
        scaleIDs = tables.scaleIDs
        allGreetingIDs = tables.allGreetingIDs
        channel = transcript.channel
        complaint = transcript.context["complaint"]?.boolValue == true
        timezone = transcript.timezone?.rawValue
        let opening = Self.openingMinute(transcript, tables.conventions)
        localTime = opening.map(Self.clock) ?? transcript.localTime
        var closingMinute = opening
        for key in tables.conventions.closingTimeKeys {
            if let text = transcript.context[key]?.stringValue, let m = Self.minute(text) { closingMinute = m }
        }
        closingTime = closingMinute.map(Self.clock)
        openingGreeting = opening.map { tables.conventions.greeting(atMinute: $0) }
        closingGreeting = closingMinute.map { tables.conventions.greeting(atMinute: $0) }
        openingGreetingIDs = openingGreeting.flatMap { tables.greetingIDsByWindow[$0] } ?? tables.allGreetingIDs
        closingGreetingIDs = closingGreeting.flatMap { tables.greetingIDsByWindow[$0] } ?? tables.allGreetingIDs
        if let ticket = transcript.context["ticket_id"]?.stringValue {
            ticketDigits = Self.digits(of: ticket)
        }
        if let initials = transcript.context[tables.conventions.initialsContextKey]?.stringValue, !initials.isEmpty {
            self.initials = Array(initials.lowercased().utf8)
        }
        if let customerWords { locationHashes = customerWords.union(Self.referenceCities(transcript, tables)) }
    }

    /// The characters of `text` that are numbers: ASCII text by its bytes (only 0-9 are numbers there),
    /// any other text by `Character.isNumber`.
    static func digits(of text: String) -> String {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return String(text.filter(\.isNumber)) }
        return String(decoding: text.utf8.filter { $0 >= 0x30 && $0 <= 0x39 }, as: UTF8.self)
    }

    /// The customer's local minute of the day: `local_time`, else the agent site's time moved to the
    /// customer's zone, else unknown.
    static func openingMinute(_ t: Transcript, _ c: CheckingConventions) -> Int? {
        if let text = t.localTime, let m = minute(text) { return m }
        for key in c.agentTimeKeys {
            guard let text = t.context[key]?.stringValue, let m = minute(text) else { continue }
            let agentZone =
                c.agentZoneKeys.lazy.compactMap { t.context[$0]?.stringValue }
                .compactMap(TimeZoneCode.init(rawValue:)).first ?? c.agentZoneDefault
            let customerZone = t.timezone ?? agentZone
            let shifted = m + (customerZone.hoursFromUTC - agentZone.hoursFromUTC) * 60
            return ((shifted % 1440) + 1440) % 1440
        }
        return nil
    }

    /// `HH:MM` or `HH.MM` as minutes of the day (24:00 = 0, midnight).
    static func minute(_ text: String) -> Int? {
        var h = 0
        var m = 0
        var digits = 0
        var seenSeparator = false
        for b in text.utf8 {
            if b >= 0x30 && b <= 0x39 {
                if seenSeparator { m = m * 10 + Int(b - 0x30) } else { h = h * 10 + Int(b - 0x30) }
                digits += 1
            } else if (b == 0x3A || b == 0x2E) && !seenSeparator && digits > 0 {
                seenSeparator = true
            } else {
                return nil
            }
        }
        guard seenSeparator, digits >= 3, h <= 24, m <= 59 else { return nil }
        return (h * 60 + m) % 1440
    }

    /// `HH:MM` of a minute of the day (0..<1440), written as bytes rather than by concatenating strings.
    static func clock(_ minute: Int) -> String {
        let h = minute / 60
        let m = minute % 60
        guard (0..<100).contains(h), m >= 0 else {
            return (h < 10 ? "0" : "") + String(h) + ":" + (m < 10 ? "0" : "") + String(m)
        }
        let text: [UInt8] = [
            0x30 + UInt8(h / 10), 0x30 + UInt8(h % 10), 0x3A, 0x30 + UInt8(m / 10), 0x30 + UInt8(m % 10),
        ]
        return String(decoding: text, as: UTF8.self)
    }

    /// The words of a name as the tokenizer would normalise them (lower case, `'` dropped, `-` kept inside).
    static func words(_ text: String, _ tables: CheckerTables) -> [[UInt8]] {
        var result: [[UInt8]] = []
        var current: [UInt8] = []
        let bytes = Array(text.utf8)
        func alnum(_ i: Int) -> Bool {
            guard i >= 0, i < bytes.count else { return false }
            let b = bytes[i]
            return (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0x80
        }
        for (i, b) in bytes.enumerated() {
            if alnum(i) {
                current.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
            } else if (b == 0x27 || b == 0x2D) && !current.isEmpty && alnum(i + 1) {
                if b == 0x2D { current.append(b) }
            } else if !current.isEmpty {
                result.append(current)
                current = []
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    private static func referenceCities(_ t: Transcript, _ tables: CheckerTables) -> Set<UInt64> {
        var texts: [String] = []
        if let location = t.context["location"]?.stringValue { texts.append(location) }
        for entry in ReferenceEntries.entries(t.context["reference"]) {
            for key in ["city", "kota", "location"] { if let s = entry[key]?.stringValue { texts.append(s) } }
        }
        return Set(texts.flatMap { words($0, tables) }.map { PhraseVocabulary.hash($0[...]) })
    }
}

/// `context.reference` as a list of objects: one entry, `entries: [...]`, or an array.
enum ReferenceEntries {
    static func entries(_ value: JSONValue?) -> [[String: JSONValue]] {
        guard let value else { return [] }
        if let array = value.arrayValue { return array.compactMap(\.objectValue) }
        guard let object = value.objectValue else { return [] }
        if let list = object["entries"]?.arrayValue {
            return list.compactMap(\.objectValue) + [object.filter { $0.key != "entries" }]
        }
        return [object]
    }
}
