extension PreparedContact {
    /// Matches a placeholder at token `p`; returns where it ends and whether it needed typo tolerance.
    func slotEnd(_ slot: PatternSlot, _ p: Int, _ turnStart: Int, _ end: Int, _ fuzzy: Bool, _ closing: Bool)
        -> (end: Int, typo: Bool)?
    {
        let t = tokens[p]
        switch slot {
        case .agentName: return name(bindings.agentName, p, end).map { ($0, false) }
        case .customerName: return name(bindings.customerName, p, end).map { ($0, false) }
        case .honorific: return oneOf(bindings.honorificIDs, t, p, fuzzy)
        case .honorificAny: return oneOf(bindings.honorificAnyIDs, t, p, fuzzy)
        case .greetingTime:
            return oneOf(closing ? bindings.closingGreetingIDs : bindings.openingGreetingIDs, t, p, fuzzy)
        case .wrongGreetingTime:
            let correct = closing ? bindings.closingGreetingIDs : bindings.openingGreetingIDs
            return t.id != 0 && bindings.allGreetingIDs.contains(t.id) && !correct.contains(t.id) ? (p + 1, false) : nil
        case .number: return t.flags.contains(.numeric) ? (p + 1, false) : nil
        case .phone, .phoneArea, .nik:
            guard let run = numberRun(at: p, turnStart: turnStart, end: end) else { return nil }
            return accepts(slot, digits: run.digits) ? (run.end, false) : nil
        case .money: return money(at: p, end: end).map { ($0.end, false) }
        case .ticketID: return ticket(at: p, end: end).map { ($0, false) }
        case .initials:
            guard t.flags.contains(.allCaps), !t.flags.contains(.hasDigit),
                (settings.initialsMin...settings.initialsMax).contains(Int(t.letters))
            else { return nil }
            if let initials = bindings.initials, !word(p).elementsEqual(initials) { return nil }
            return (p + 1, false)
        case .lokasi:
            guard t.letters >= 3, !t.flags.contains(.hasDigit) else { return nil }
            return bindings.locationHashes.contains(PhraseVocabulary.hash(word(p))) ? (p + 1, false) : nil
        }
    }

    private func oneOf(_ ids: [UInt32], _ t: PhraseToken, _ p: Int, _ fuzzy: Bool) -> (end: Int, typo: Bool)? {
        if t.id != 0 && ids.contains(t.id) { return (p + 1, false) }
        return fuzzy && t.candidateCount > 0 && isTypo(t, of: ids) ? (p + 1, true) : nil
    }

    /// A name: its first word, then as many further words of it as follow (first name or full name).
    private func name(_ parts: [[UInt8]], _ p: Int, _ end: Int) -> Int? {
        guard let first = parts.first, word(p).elementsEqual(first) else { return nil }
        var q = p + 1
        for part in parts.dropFirst() {
            guard q < end, word(q).elementsEqual(part) else { break }
            q += 1
        }
        return q
    }

    private func accepts(_ slot: PatternSlot, digits: String) -> Bool {
        switch slot {
        case .nik: return digits.utf8.count == settings.nikDigits
        case .phone: return digits.utf8.count >= settings.phoneMinDigits && !settings.officialNumbers.contains(digits)
        default:
            return digits.utf8.count >= settings.areaCodeMinDigits && digits.utf8.first == 0x30
                && !settings.officialNumbers.contains(digits)
        }
    }

    /// Digits read out as one number: numeric tokens next to each other in one sentence, not an amount.
    func numberRun(at p: Int, turnStart: Int, end: Int) -> (digits: String, end: Int)? {
        guard tokens[p].flags.contains(.numeric) else { return nil }
        if p > turnStart {
            let before = tokens[p - 1]
            if before.flags.contains(.numeric) && !tokens[p].flags.contains(.sentenceStart) { return nil }
            if bindings.rupiahIDs.contains(before.id) { return nil }
        }
        var digits = ""
        var q = p
        while q < end, tokens[q].flags.contains(.numeric), q == p || !tokens[q].flags.contains(.sentenceStart) {
            digits += String(decoding: word(q), as: UTF8.self)
            q += 1
        }
        if q < end, bindings.rupiahIDs.contains(tokens[q].id) || bindings.scaleIDs[tokens[q].id] != nil { return nil }
        return (digits, q)
    }

    /// An amount of money: `Rp 350.000`, `Rp350.000`, `350 ribu rupiah`; the value in rupiah.
    func money(at p: Int, end: Int) -> (value: Int, end: Int)? {
        let t = tokens[p]
        var q = p
        var digits: Substring
        if bindings.rupiahIDs.first == t.id, p + 1 < end, tokens[p + 1].flags.contains(.numeric) {
            digits = Substring(String(decoding: word(p + 1), as: UTF8.self))
            q = p + 2
        } else if !t.flags.contains(.numeric), t.flags.contains(.hasDigit) {
            let text = String(decoding: word(p), as: UTF8.self)
            guard text.hasPrefix("rp"), text.dropFirst(2).allSatisfy(\.isNumber), text.count > 2 else { return nil }
            digits = text.dropFirst(2)
            q = p + 1
        } else if t.flags.contains(.numeric), p + 1 < end,
            bindings.rupiahIDs.contains(tokens[p + 1].id) || bindings.scaleIDs[tokens[p + 1].id] != nil
        {
            digits = Substring(String(decoding: word(p), as: UTF8.self))
            q = p + 1
        } else {
            return nil
        }
        guard var value = Int(digits) else { return nil }
        if q < end, let scale = bindings.scaleIDs[tokens[q].id] {
            value *= scale
            q += 1
        }
        if q < end, bindings.rupiahIDs.contains(tokens[q].id) { q += 1 }
        return (value, q)
    }

    /// A report id: `IN12345678`, or `IN` followed by its digits in groups; equal to context.ticket_id when known.
    func ticket(at p: Int, end: Int) -> Int? {
        guard let found = ticketAny(at: p, end: end) else { return nil }
        if let expected = bindings.ticketDigits, !expected.isEmpty, expected != found.digits { return nil }
        return found.end
    }

    /// Any report id at `p`, whatever its number.
    func ticketAny(at p: Int, end: Int) -> (digits: String, end: Int)? {
        let prefix = settings.ticketPrefix
        let w = word(p)
        var digits = ""
        var q = p + 1
        if w.count == prefix.count + settings.ticketDigits, w.starts(with: prefix) {
            digits = String(decoding: w.dropFirst(prefix.count), as: UTF8.self)
            guard digits.allSatisfy(\.isNumber) else { return nil }
        } else if w.elementsEqual(prefix) || spelled(prefix, from: p, end: end).map({ q = $0 }) != nil {
            while q < end, tokens[q].flags.contains(.numeric), digits.utf8.count < settings.ticketDigits {
                digits += String(decoding: word(q), as: UTF8.self)
                q += 1
            }
        } else {
            return nil
        }
        guard digits.utf8.count == settings.ticketDigits else { return nil }
        return (digits, q)
    }

    /// The prefix spelled letter by letter ("I N"); returns the token after it.
    private func spelled(_ prefix: [UInt8], from p: Int, end: Int) -> Int? {
        guard prefix.count > 1, p + prefix.count <= end else { return nil }
        for (k, letter) in prefix.enumerated() where !word(p + k).elementsEqual([letter]) { return nil }
        return p + prefix.count
    }
}
