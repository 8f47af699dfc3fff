extension ContactBindings {
    /// Binds the placeholders for `transcript` on a standard of `medium`.
    init(
        _ transcript: borrowing Transcript, medium: Standard.Medium, tables: CheckerTables,
        customerWords: [UInt64]?, memo: ScoringMemo? = nil
    ) {
        // `tables.conventions` is read in place: a local copy of the conventions retains every field.
        if let memo {
            agentName = memo.nameWords(transcript.agentName)
            customerName = transcript.customerName.map(memo.nameWords) ?? []
        } else {
            agentName = Self.words(transcript.agentName)
            customerName = transcript.customerName.map(Self.words) ?? []
        }
        written = medium == .written
        honorificIDs = written ? tables.honorificWrittenIDs : tables.honorificVoiceIDs
        honorificAnyIDs = tables.honorificAnyIDs
        skipIDs = tables.skipIDs
        rupiahIDs = tables.rupiahIDs
        scaleIDs = tables.scaleIDs
        allGreetingIDs = tables.allGreetingIDs
        channel = transcript.channel
        let context = transcript.context
        complaint = context["complaint"]?.boolValue == true
        timezone = transcript.timezone?.rawValue
        let opening = Self.openingMinute(transcript, tables)
        localTime = opening.map(Self.clock) ?? transcript.localTime
        var closingMinute = opening
        for key in tables.conventions.closingTimeKeys {
            if let text = context[key]?.stringValue, let m = Self.minute(text) { closingMinute = m }
        }
        closingTime = closingMinute != nil && closingMinute == opening ? localTime : closingMinute.map(Self.clock)
        openingGreeting = opening.map { tables.conventions.greeting(atMinute: $0) }
        closingGreeting = closingMinute.map { tables.conventions.greeting(atMinute: $0) }
        openingGreetingIDs = openingGreeting.flatMap { tables.greetingIDsByWindow[$0] } ?? tables.allGreetingIDs
        // The same window (most calls) is looked up once.
        closingGreetingIDs =
            closingGreeting == openingGreeting
            ? openingGreetingIDs : closingGreeting.flatMap { tables.greetingIDsByWindow[$0] } ?? tables.allGreetingIDs
        if let ticket = context["ticket_id"]?.stringValue {
            ticketDigits = Self.digits(of: ticket)
        }
        if let initials = context[tables.conventions.initialsContextKey]?.stringValue, !initials.isEmpty {
            self.initials = Array(initials.lowercased().utf8)
        }
        if let customerWords { locationHashes = SortedHashes(Self.withReferenceCities(customerWords, context)) }
    }

    /// The characters of `text` that are numbers: ASCII text by its bytes (only 0-9 are numbers there),
    /// any other text by `Character.isNumber`.
    static func digits(of text: String) -> String {
        var bytes = text
        let ascii: String? = bytes.withUTF8 { u in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(u.count, 1)) { out in
                var n = 0
                for b in u {
                    if b >= 0x80 { return nil }
                    if b >= 0x30 && b <= 0x39 {
                        out[n] = b
                        n += 1
                    }
                }
                return String(decoding: UnsafeBufferPointer(rebasing: out[..<n]), as: UTF8.self)
            }
        }
        return ascii ?? String(text.filter(\.isNumber))
    }

    /// The customer's local minute of the day: `local_time`, else the agent site's time moved to the
    /// customer's zone, else unknown.
    static func openingMinute(_ t: borrowing Transcript, _ tables: CheckerTables) -> Int? {
        if let text = t.localTime, let m = minute(text) { return m }
        return openingMinute(copy t, tables.conventions)  // the conventions copied only when needed
    }

    /// The same with the conventions given.
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

    /// The words of a name as the tokenizer would normalise them (lower case, `'` dropped, `-` kept
    /// inside): each word found as a span of the text's bytes, then copied once.
    static func words(_ text: String) -> [[UInt8]] {
        var text = text
        return text.withUTF8 { words($0) }
    }

    /// The same from the text's UTF-8 bytes.
    static func words(_ u: UnsafeBufferPointer<UInt8>) -> [[UInt8]] {
        var result: [[UInt8]] = []
        do {
            let n = u.count
            var i = 0
            while i < n {
                guard alnum(u[i]) else {
                    i += 1
                    continue
                }
                let start = i
                var kept = 0
                while i < n {
                    let b = u[i]
                    if alnum(b) {
                        kept += 1
                    } else if (b == 0x27 || b == 0x2D) && i + 1 < n && alnum(u[i + 1]) {
                        if b == 0x2D { kept += 1 }
                    } else {
                        break
                    }
                    i += 1
                }
                let end = i
                result.append(
                    [UInt8](unsafeUninitializedCapacity: kept) { word, count in
                        for k in start..<end where u[k] != 0x27 {
                            let b = u[k]
                            word[count] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                            count += 1
                        }
                    })
            }
        }
        return result
    }

    @inline(__always)
    private static func alnum(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0x80
    }

    /// `customerWords` plus the words of the places the context names: `location`, and the city of each
    /// reference entry.
    private static func withReferenceCities(_ customerWords: [UInt64], _ context: TranscriptContext) -> [UInt64] {
        var hashes = customerWords
        func add(_ value: JSONValue?) {
            guard case .string(let text)? = value else { return }
            for w in words(text) { hashes.append(PhraseVocabulary.hash(w[...])) }
        }
        add(context["location"])
        guard let reference = context["reference"] else { return hashes }
        if case .object(let entry) = reference, entry["entries"] == nil {
            // One entry (most references): its members read once instead of looked up by name.
            for (key, value) in entry where key == "city" || key == "kota" || key == "location" { add(value) }
            return hashes
        }
        for entry in ReferenceEntries.entries(reference) {
            add(entry["city"])
            add(entry["kota"])
            add(entry["location"])
        }
        return hashes
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
