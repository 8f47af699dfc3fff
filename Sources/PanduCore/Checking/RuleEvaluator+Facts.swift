extension RuleEvaluator {
    /// Telephone numbers the agent read out in `turns`: digits and where.
    func statedPhones(in turns: [Int]) -> [(digits: String, turn: Int, start: Int, end: Int)] {
        var result: [(digits: String, turn: Int, start: Int, end: Int)] = []
        for turn in turns {
            let range = contact.turns[turn].tokenStart..<contact.turns[turn].tokenEnd
            var i = range.lowerBound
            while i < range.upperBound {
                if let run = contact.numberRun(at: i, turnStart: range.lowerBound, end: range.upperBound) {
                    if run.digits.utf8.count >= contact.settings.phoneMinDigits,
                        !contact.settings.officialNumbers.contains(run.digits)
                    {
                        result.append((run.digits, turn, i, run.end))
                    }
                    i = run.end
                } else {
                    i += 1
                }
            }
        }
        return result
    }

    private var factTurns: [Int] { live.map { [$0] } ?? contact.agentTurns }

    /// 108-F1, 108-F4, 147-F1: what the agent said against `context.reference`.
    func facts(_ kind: FactComparison) -> Outcome {
        let entries = ReferenceEntries.entries(contact.transcript.context["reference"])
        switch kind {
        case .directoryNumber:
            guard !entries.isEmpty else {
                return Outcome(verdict: .na, evidence: "tidak berlaku: tidak ada data referensi")
            }
            return comparePhones(entries, unlistedOnly: false)
        case .unlistedNumber:
            return comparePhones(entries.filter { $0["listed"]?.boolValue == false }, unlistedOnly: true)
        case .reference:
            guard !entries.isEmpty else {
                return Outcome(verdict: .na, evidence: "tidak berlaku: tidak ada data referensi")
            }
            return compareFacts(entries)
        }
    }

    private func comparePhones(_ entries: [[String: JSONValue]], unlistedOnly: Bool) -> Outcome {
        let stated = statedPhones(in: factTurns)
        let known = entries.flatMap(Self.phoneValues)
        if unlistedOnly {
            for s in stated where known.contains(where: { Self.samePhone(s.digits, $0) }) {
                let quote = contact.quote(turn: s.turn, start: s.start, end: s.end)
                return Outcome(
                    verdict: .fail,
                    evidence: "nomor tidak tercantum untuk umum disampaikan: \"\(quote)\" (\(turnLabel(s.turn)))",
                    found: quote)
            }
            return Outcome(verdict: .pass, evidence: "tidak ada nomor tidak tercantum yang disampaikan")
        }
        guard !stated.isEmpty else {
            return Outcome(verdict: .na, evidence: "tidak berlaku: agen tidak menyampaikan nomor")
        }
        for s in stated where !known.contains(where: { Self.samePhone(s.digits, $0) }) {
            let quote = contact.quote(turn: s.turn, start: s.start, end: s.end)
            return Outcome(
                verdict: .fail,
                evidence: "nomor \"\(quote)\" (\(turnLabel(s.turn))) tidak sama dengan referensi \(known.first ?? "-")",
                found: quote)
        }
        return Outcome(
            verdict: .pass,
            evidence: "nomor sesuai referensi: " + stated.map { "\"\($0.digits)\"" }.joined(separator: ", "))
    }

    static func phoneValues(_ entry: [String: JSONValue]) -> [String] {
        func digits(_ v: JSONValue?) -> String? {
            guard let v else { return nil }
            let text = v.stringValue ?? v.numberValue.map { String(Int($0)) } ?? ""
            let d = String(text.filter(\.isNumber))
            return d.isEmpty ? nil : d
        }
        let area = digits(entry["area_code"] ?? entry["areaCode"]) ?? ""
        var values: [String] = []
        for key in ["number", "phone", "telepon"] {
            guard let n = digits(entry[key]) else { continue }
            values.append(n)
            if !area.isEmpty && !n.hasPrefix(area) { values.append(area + n) }
        }
        return values
    }

    /// Equal digits, also when one side lacks the area code.
    static func samePhone(_ stated: String, _ known: String) -> Bool {
        stated == known || (known.count > stated.count && known.hasSuffix(stated) && stated.count >= 6)
            || (stated.count > known.count && stated.hasSuffix(known) && stated.hasPrefix("0") && known.count >= 6
                && stated.count - known.count <= 4)
    }

    /// 147-F1: every fact of the conventions stated by the agent against the reference.
    private func compareFacts(_ entries: [[String: JSONValue]]) -> Outcome {
        var checked: [String] = []
        for fact in tables.conventions.referenceFacts {
            let truth = Set(
                entries.flatMap { entry in fact.fields.compactMap { Self.value(entry[$0], fact.kind) } }
                    + (fact.kind == .phone ? entries.flatMap(Self.phoneValues) : []))
            guard !truth.isEmpty else { continue }
            for said in stated(fact) {
                let ok =
                    fact.kind == .phone ? truth.contains { Self.samePhone(said.value, $0) } : truth.contains(said.value)
                if !ok {
                    return Outcome(
                        verdict: .fail,
                        evidence:
                            "\(fact.name) \"\(said.quote)\" (\(turnLabel(said.turn))) bertentangan dengan referensi \(truth.sorted().first ?? "")",
                        found: said.quote)
                }
                checked.append("\(fact.name) \"\(said.quote)\"")
            }
        }
        guard !checked.isEmpty else {
            return Outcome(verdict: .na, evidence: "tidak berlaku: tidak ada fakta yang bisa dicek terhadap referensi")
        }
        return Outcome(verdict: .pass, evidence: "sesuai referensi: " + checked.joined(separator: ", "))
    }

    /// A reference value as the digits the agent would say.
    private static func value(_ v: JSONValue?, _ kind: ReferenceFact.Kind) -> String? {
        guard let v else { return nil }
        if let n = v.numberValue { return String(Int(n)) }
        guard var s = v.stringValue else { return nil }
        if kind == .numberAfter, s.count >= 8, s.contains("-") {
            return s.split(separator: "-").last.flatMap { Int($0) }.map(String.init)
        }
        if kind == .money, let comma = s.lastIndex(of: ","), s[comma...].count == 3 { s = String(s[..<comma]) }
        let digits = String(s.filter(\.isNumber))
        guard !digits.isEmpty else { return nil }
        return kind == .ticket || kind == .phone ? digits : Int(digits).map(String.init) ?? digits
    }

    /// The values of one kind the agent stated.
    private func stated(_ fact: ReferenceFact) -> [(value: String, quote: String, turn: Int)] {
        var result: [(value: String, quote: String, turn: Int)] = []
        let cues = ids(fact.cues)
        let context = ids(fact.context)
        let except = ids(fact.except)
        func counts(_ i: Int, _ range: Range<Int>) -> Bool {
            (context.isEmpty || cued(i, context, range)) && (except.isEmpty || !cued(i, except, range))
        }
        for turn in factTurns {
            let range = contact.turns[turn].tokenStart..<contact.turns[turn].tokenEnd
            switch fact.kind {
            case .phone:
                result += statedPhones(in: [turn]).map {
                    ($0.digits, contact.quote(turn: turn, start: $0.start, end: $0.end), turn)
                }
            case .money:
                for i in range {
                    guard let m = contact.money(at: i, end: range.upperBound), counts(i, range) else { continue }
                    result.append((String(m.value), contact.quote(turn: turn, start: i, end: m.end), turn))
                }
            case .ticket:
                for i in range {
                    if let end = contact.ticketAny(at: i, end: range.upperBound) {
                        result.append((end.digits, contact.quote(turn: turn, start: i, end: end.end), turn))
                    }
                }
            case .numberBefore, .numberAfter:
                for i in range where contact.tokens[i].flags.contains(.numeric) {
                    let cue = fact.kind == .numberBefore ? i + 1 : i - 1
                    guard range.contains(cue), cues.contains(contact.tokens[cue].id), counts(min(i, cue), range) else {
                        continue
                    }
                    let digits = String(decoding: contact.word(i), as: UTF8.self)
                    let value = Int(digits).map(String.init) ?? digits
                    result.append((value, contact.quote(turn: turn, start: min(i, cue), end: max(i, cue) + 1), turn))
                }
            }
        }
        return result
    }

    private func ids(_ words: [String]) -> Set<UInt32> {
        Set(words.map { tables.vocabulary.lookup(Array($0.lowercased().utf8)[...]) }).subtracting([0])
    }

    /// Whether one of the cue words comes shortly before token `i` in the same sentence ("tagihan … Rp 385.000").
    private func cued(_ i: Int, _ cues: Set<UInt32>, _ range: Range<Int>) -> Bool {
        var k = i - 1
        while k >= max(range.lowerBound, i - 8) {
            if cues.contains(contact.tokens[k].id) { return true }
            if contact.tokens[k].flags.contains(.sentenceStart) { return false }
            k -= 1
        }
        return false
    }
}
