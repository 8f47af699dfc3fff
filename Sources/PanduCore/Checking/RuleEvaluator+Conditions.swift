extension RuleEvaluator {
    /// Whether a condition holds. In the live shell scopes and what the transcript contains are the
    /// flow step's business, so only context, channel, names and what people said are checked.
    func holds(_ c: CompiledCondition, anchor: PatternSet?) -> Bool {
        // Loops, not closures: a closure over `self` copied the whole evaluator for each call.
        if !c.testsOnly, !holdsBase(c) { return false }
        for t in c.tests where !test(t, anchor: anchor) { return false }
        return true
    }

    /// Whether one of `conditions` holds.
    func holdsAny(_ conditions: [CompiledCondition], anchor: PatternSet?) -> Bool {
        for c in conditions where holds(c, anchor: anchor) { return true }
        return false
    }

    /// The scope, context, channel and name parts of a condition.
    private func holdsBase(_ c: CompiledCondition) -> Bool {
        // Read field by field: binding `c.base` or the transcript to a local copies every field (a retain each).
        if live == nil, !c.base.scopes.isEmpty, !c.base.scopes.contains(contact.transcript.scope) { return false }
        for pair in c.context where !Self.equal(contact.transcript.context[pair.key], pair.value) { return false }
        for pair in c.contextNot where Self.equal(contact.transcript.context[pair.key], pair.value) { return false }
        if !c.base.channels.isEmpty, !onAnyChannel(c.base.channels) { return false }
        if let known = c.base.customerNameKnown, known != customerNameKnown { return false }
        return true
    }

    /// Whether the contact is on one of `names` (see `onChannel`).
    func onAnyChannel(_ names: [String]) -> Bool {
        for name in names where onChannel(name) { return true }
        return false
    }

    var customerNameKnown: Bool {
        guard let name = contact.transcript.customerName else { return false }
        // ASCII by its bytes (tab to carriage return and space are its only whitespace), else by characters.
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            return name.utf8.contains { $0 != 0x20 && !(0x09...0x0D).contains($0) }
        }
        return name.contains { !$0.isWhitespace }
    }

    /// `public` / `private` follow `context.channel_type` when given, else the channel.
    func onChannel(_ name: String) -> Bool {
        let channel = contact.transcript.channel
        let type = contact.transcript.context["channel_type"]?.stringValue
        let isPublic = type.map { $0 == "public" } ?? channel.isPublic
        switch name {
        case "voice": return channel.isVoice
        case "written": return !channel.isVoice
        case "public": return !channel.isVoice && isPublic
        case "private": return !channel.isVoice && !isPublic
        default: return channel.rawValue == name
        }
    }

    static func equal(_ a: JSONValue?, _ b: JSONValue) -> Bool {
        switch (a, b) {
        case (nil, .null), (.null?, .null): true
        case (let a?, _): a == b
        default: false
        }
    }

    private func test(_ test: CompiledTest, anchor: PatternSet?) -> Bool {
        let agents = contact.agentTurns
        let customers = contact.customerTurns
        switch test {
        case .simple(let simple): return live != nil || self.simple(simple, agents: agents, customers: customers)
        case .agentSays(let set): return live != nil || contact.firstHit(set, in: agents) != nil
        case .customerSays(let set): return contact.firstHit(set, in: customers) != nil
        case .customerSaysFirst(let set):
            let asked = anchor.flatMap { contact.firstHit($0, in: agents)?.turn } ?? Int.max
            return contact.firstHit(set, in: customers.filter { $0 < asked }) != nil
        }
    }

    private func simple(_ test: ContentTest, agents: [Int], customers: [Int]) -> Bool {
        switch test {
        case .agentTurn: return !agents.isEmpty
        case .customerTurn: return !customers.isEmpty
        case .customerThenAgent: return customers.first.map { c in agents.contains { $0 > c } } ?? false
        case .hold: return !holds.isEmpty
        case .holdDuration: return holds.contains { $0.seconds > 0 }
        case .agentAfterHold: return holds.contains { h in agents.contains { $0 >= h.beforeTurn } }
        case .agentPhone: return !statedPhones(in: agents).isEmpty
        case .agentSays, .customerSays, .customerSaysFirst: return true
        }
    }

    /// Why a `when` condition does not hold, for the evidence of an `na`.
    func whyNot(_ c: CompiledCondition) -> String {
        let b = c.base
        let t = contact.transcript
        if live == nil, !b.scopes.isEmpty, !b.scopes.contains(t.scope) {
            return "cakupan \"\(t.scope)\" tidak memuat bagian ini (dinilai pada: \(b.scopes.joined(separator: ", ")))"
        }
        if let (key, value) = b.context.first(where: { !Self.equal(t.context[$0.key], $0.value) }) {
            return "context.\(key) bukan \(Self.text(value))"
        }
        if let (key, value) = b.contextNot.first(where: { Self.equal(t.context[$0.key], $0.value) }) {
            return "context.\(key) = \(Self.text(value))"
        }
        if !b.channels.isEmpty, !onAnyChannel(b.channels) {
            return "kanal \(t.channel.rawValue) bukan \(b.channels.joined(separator: "/"))"
        }
        if b.customerNameKnown == true, !customerNameKnown { return "nama pelanggan tidak diketahui" }
        for test in c.tests where !self.test(test, anchor: nil) { return Self.missing(test) }
        return "syarat penilaian tidak terpenuhi"
    }

    /// Why an `na_when` condition holds.
    func why(_ c: CompiledCondition) -> String {
        let b = c.base
        let t = contact.transcript
        if let (key, value) = b.context.first { return "context.\(key) = \(Self.text(value))" }
        if b.customerNameKnown == false, !customerNameKnown { return "nama pelanggan tidak diketahui" }
        if case .customerSaysFirst? = c.tests.first { return "pelanggan sudah menyebut namanya sebelum ditanya" }
        if !b.channels.isEmpty { return "kanal \(t.channel.rawValue)" }
        return "kondisi pengecualian terpenuhi"
    }

    private static func missing(_ test: CompiledTest) -> String {
        switch test {
        case .simple(.hold): "tidak ada hold"
        case .simple(.holdDuration): "tidak ada hold dengan durasi"
        case .simple(.agentAfterHold): "tidak ada giliran agen setelah hold"
        case .simple(.agentPhone): "agen tidak menyampaikan nomor telepon"
        case .simple(.agentTurn): "tidak ada giliran agen"
        case .simple(.customerTurn), .simple(.customerThenAgent): "tidak ada permintaan pelanggan yang ditanggapi agen"
        case .agentSays: "tidak ada penyampaian data akun"
        case .customerSays: "tidak ada permintaan pelanggan"
        default: "syarat penilaian tidak terpenuhi"
        }
    }

    static func text(_ v: JSONValue) -> String {
        switch v {
        case .null: "null"
        case .bool(let b): b ? "true" : "false"
        case .string(let s): s
        case .number(let n): n.rounded() == n ? String(Int(n)) : String(n)
        default: "\(v)"
        }
    }
}
