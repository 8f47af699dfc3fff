import PanduCore

extension StandardReader {
    static let conventionKeys = [
        "version", "language_of_phrases", "honorifics", "greeting_time", "fuzzy", "gap_max_tokens",
        "gap_within_sentence", "skip_between",
        "macros", "ticket_id", "initials", "numbers", "reference_facts", "location_ignore", "closing_turns", "scoring",
    ]

    /// Reads `conventions.yaml`; missing values keep the draft's defaults.
    mutating func conventions(_ doc: YAMLDocument) -> CheckingConventions {
        var c = CheckingConventions()
        guard let f = StandardFields(doc.root, what: "conventions", allowed: Self.conventionKeys, problems: &problems)
        else { return c }
        c.version = f.text("version", required: true, problems: &problems) ?? ""
        if let h = sub(f, "honorifics", ["voice", "written"]) {
            c.honorificsVoice = h.texts("voice", problems: &problems).map(\.text)
            c.honorificsWritten = h.texts("written", problems: &problems).map(\.text)
        }
        if let g = sub(f, "greeting_time", Self.greetingKeys) { greeting(g, into: &c) }
        if let z = sub(f, "fuzzy", ["exact_up_to_letters", "tiers", "known_words"]) { fuzzy(z, into: &c) }
        c.gapMaxTokens = f.number("gap_max_tokens", problems: &problems).map { Int($0) } ?? c.gapMaxTokens
        c.gapWithinSentence = f.bool("gap_within_sentence", problems: &problems) ?? c.gapWithinSentence
        if let s = sub(f, "skip_between", ["max_tokens", "tokens"]) {
            c.skipMaxTokens = s.number("max_tokens", problems: &problems).map { Int($0) } ?? c.skipMaxTokens
            c.skipTokens = s.texts("tokens", problems: &problems).map(\.text)
        }
        if let m = f.value("macros") { c.macros = macros(m) }
        if let t = f.value("ticket_id") { ticket(t, into: &c) }
        if let i = sub(f, "initials", ["min_letters", "max_letters", "context_key"]) {
            c.initialsMinLetters = i.number("min_letters", problems: &problems).map { Int($0) } ?? c.initialsMinLetters
            c.initialsMaxLetters = i.number("max_letters", problems: &problems).map { Int($0) } ?? c.initialsMaxLetters
            c.initialsContextKey = i.text("context_key", problems: &problems) ?? c.initialsContextKey
        }
        if let n = sub(f, "numbers", ["phone_min_digits", "with_area_code_min_digits", "nik_digits", "official"]) {
            c.phoneMinDigits = n.number("phone_min_digits", problems: &problems).map { Int($0) } ?? c.phoneMinDigits
            c.areaCodeMinDigits =
                n.number("with_area_code_min_digits", problems: &problems).map { Int($0) } ?? c.areaCodeMinDigits
            c.nikDigits = n.number("nik_digits", problems: &problems).map { Int($0) } ?? c.nikDigits
            c.officialNumbers = n.texts("official", problems: &problems).map(\.text)
        }
        c.referenceFacts = f.items("reference_facts", problems: &problems).compactMap { fact($0) }
        c.locationIgnore = f.texts("location_ignore", problems: &problems).map(\.text)
        c.closingTurns = f.number("closing_turns", problems: &problems).map { Int($0) } ?? c.closingTurns
        if let s = sub(f, "scoring", ["passing_score", "fatal_score", "manual_evidence"]) {
            c.passingScore = s.number("passing_score", problems: &problems) ?? c.passingScore
            c.fatalScore = s.number("fatal_score", problems: &problems) ?? c.fatalScore
            c.manualEvidence = s.text("manual_evidence", problems: &problems) ?? c.manualEvidence
        }
        return c
    }

    static let greetingKeys = [
        "windows", "midnight", "synonyms", "closing_time_keys", "agent_time_keys", "agent_zone_keys",
        "agent_zone_default",
    ]

    mutating func sub(_ f: StandardFields, _ key: String, _ allowed: [String]) -> StandardFields? {
        guard let v = f.value(key) else { return nil }
        return StandardFields(v, what: "\"\(key)\"", allowed: allowed, problems: &problems)
    }

    private mutating func greeting(_ g: StandardFields, into c: inout CheckingConventions) {
        if let w = g.value("windows"), let windows = try? w.mapping() {
            var list: [GreetingWindow] = []
            for entry in windows.entries {
                guard
                    let bounds = StandardFields(
                        entry.value, what: "window \(entry.key)", allowed: ["from", "to"], problems: &problems),
                    let fromText = bounds.text("from", required: true, problems: &problems),
                    let toText = bounds.text("to", required: true, problems: &problems),
                    let from = clock(fromText, entry.value), let to = clock(toText, entry.value)
                else { continue }
                list.append(GreetingWindow(name: entry.key, fromMinute: from, toMinute: to))
            }
            checkCoverage(list.sorted { $0.fromMinute < $1.fromMinute }, w)
            c.greetingWindows = list
        }
        c.midnightGreeting = g.text("midnight", problems: &problems) ?? c.midnightGreeting
        if let s = g.value("synonyms"), let map = try? s.mapping() {
            c.greetingSynonyms = Dictionary(
                map.entries.map { entry in
                    (
                        entry.key,
                        StandardFields.texts(entry.value, what: "synonyms of \(entry.key)", problems: &problems).map(
                            \.text)
                    )
                }, uniquingKeysWith: { a, _ in a })
        }
        c.closingTimeKeys = g.texts("closing_time_keys", problems: &problems).map(\.text)
        c.agentTimeKeys = g.texts("agent_time_keys", problems: &problems).map(\.text)
        c.agentZoneKeys = g.texts("agent_zone_keys", problems: &problems).map(\.text)
        if let zone = g.text("agent_zone_default", problems: &problems) {
            if let z = TimeZoneCode(rawValue: zone) {
                c.agentZoneDefault = z
            } else {
                problems.append(
                    .invalid(file: g.file, line: g.line, message: "unknown time zone \"\(zone)\" (WIB, WITA or WIT)"))
            }
        }
    }

    /// The windows must cover 00:01-24:00 once (00:00 belongs to `midnight`).
    private mutating func checkCoverage(_ windows: [GreetingWindow], _ v: YAMLValue) {
        var next = 1
        for w in windows {
            if w.fromMinute != next || w.toMinute < w.fromMinute {
                problems.append(
                    v.error(
                        "greeting window \"\(w.name)\" must start at minute \(next) and not end before it starts; windows must cover 00:01-24:00 without gaps or overlaps"
                    ))
                return
            }
            next = w.toMinute + 1
        }
        if next != 1441 { problems.append(v.error("greeting windows must end at 24:00")) }
    }

    private mutating func fuzzy(_ z: StandardFields, into c: inout CheckingConventions) {
        c.exactUpToLetters = z.number("exact_up_to_letters", problems: &problems).map { Int($0) } ?? c.exactUpToLetters
        if z.has("tiers") {
            c.fuzzyTiers = z.items("tiers", problems: &problems).compactMap { item in
                guard
                    let t = StandardFields(
                        item, what: "fuzzy tier", allowed: ["min_letters", "max_letters", "max_distance"],
                        problems: &problems),
                    let min = t.number("min_letters", problems: &problems),
                    let d = t.number("max_distance", problems: &problems)
                else { return nil }
                return FuzzyTier(
                    minLetters: Int(min), maxLetters: t.number("max_letters", problems: &problems).map { Int($0) },
                    maxDistance: Int(d))
            }
        }
        c.knownWords = z.texts("known_words", problems: &problems).map(\.text)
    }

    private mutating func macros(_ v: YAMLValue) -> [String: [String]] {
        guard let map = try? v.mapping() else {
            problems.append(v.error("\"macros\" must be a mapping of placeholder name to phrases"))
            return [:]
        }
        var result: [String: [String]] = [:]
        for entry in map.entries {
            macroNames.insert(entry.key)
            result[entry.key] = patternTexts(entry.value, what: "macro \(entry.key)")
        }
        return result
    }

    private mutating func ticket(_ v: YAMLValue, into c: inout CheckingConventions) {
        let text = (try? v.string()) ?? ""
        var body = Substring(text)
        if body.hasPrefix("^") { body = body.dropFirst() }
        if body.hasSuffix("$") { body = body.dropLast() }
        let parts = body.components(separatedBy: "\\d{")
        guard parts.count == 2, parts[1].hasSuffix("}"), let n = Int(parts[1].dropLast()), n > 0,
            parts[0].allSatisfy({ $0.isLetter })
        else {
            problems.append(
                v.error("ticket_id must look like \"^IN\\\\d{8}$\" (letters, then \\d{count}), found \"\(text)\""))
            return
        }
        c.ticketPrefix = parts[0]
        c.ticketDigits = n
    }

    private mutating func fact(_ v: YAMLValue) -> ReferenceFact? {
        guard
            let f = StandardFields(
                v, what: "reference fact", allowed: ["name", "kind", "fields", "cues", "context", "except"],
                problems: &problems),
            let name = f.text("name", required: true, problems: &problems),
            let kindText = f.text("kind", required: true, problems: &problems)
        else { return nil }
        guard let kind = ReferenceFact.Kind(rawValue: kindText) else {
            let allowed = ReferenceFact.Kind.allCases.map(\.rawValue).joined(separator: ", ")
            problems.append(v.error("unknown fact kind \"\(kindText)\" (allowed: \(allowed))"))
            return nil
        }
        return ReferenceFact(
            name: name, kind: kind, fields: f.texts("fields", problems: &problems).map(\.text),
            cues: f.texts("cues", problems: &problems).map(\.text),
            context: f.texts("context", problems: &problems).map(\.text),
            except: f.texts("except", problems: &problems).map(\.text))
    }
}
