/// Judges the parameters of one standard on one prepared contact (a whole transcript, or in the live
/// shell only the newest agent turn).
struct RuleEvaluator {
    var contact: PreparedContact
    let standard: CompiledStandard
    let tables: CheckerTables
    /// In the live shell: the newest agent turn (index into the prepared turns); rules look only at it.
    let live: Int?
    private var windowCache = [[[Int]]?](repeating: nil, count: 7)  // one per `CheckWindow` case
    /// Scratch space for the evidence of a phrase rule, kept between rules of a contact.
    var evidenceBuffer: [UInt8] = []

    init(contact: PreparedContact, standard: CompiledStandard, tables: CheckerTables, live: Int?) {
        self.contact = contact
        self.standard = standard
        self.tables = tables
        self.live = live
    }

    /// The outcome of one rule before it becomes a `ParameterResult`.
    struct Outcome {
        var verdict: Verdict
        var evidence: String
        /// The offending or matched words, for `{found}` in the suggestion.
        var found: String = ""
    }

    var scope: String { contact.transcript.scope }
    var written: Bool { standard.standard.medium == .written }
    /// Whether the call's first agent turn is in view (the opening can be judged).
    var hasOpening: Bool {
        if let live { return contact.agentTurns.first == live }
        return scope == "opening" || scope == "full_call"
    }

    /// Judges one parameter.
    mutating func evaluate(_ p: CompiledParameter) -> ParameterResult {
        // Fields are read from `p` one by one: a copy of the whole parameter costs a retain per field.
        let outcome = judge(p)
        var suggestion: String?  // no closure here: one over `self` would copy the evaluator
        if outcome.verdict == .fail, let text = p.suggestion { suggestion = fill(text, found: outcome.found) }
        return ParameterResult(
            parameter: p.id, name: p.name, verdict: outcome.verdict, evidence: outcome.evidence,
            suggestion: suggestion, fatal: p.fatal)
    }

    /// The verdict and evidence of one parameter. The conditions are walked in loops: each closure over
    /// `self` in a mutating method copied the whole evaluator (contact included), 576 bytes, per call.
    private mutating func judge(_ p: CompiledParameter) -> Outcome {
        if p.manual { return Outcome(verdict: .na, evidence: tables.conventions.manualEvidence) }
        let when = p.when
        if !when.isEmpty, !holdsAny(when, anchor: nil) {
            return Outcome(verdict: .na, evidence: "tidak berlaku: " + whyNot(when[0]))
        }
        let naWhen = p.naWhen
        if !naWhen.isEmpty {
            let anchor = anchor(of: p)
            for c in naWhen where holds(c, anchor: anchor) {
                return Outcome(verdict: .na, evidence: "tidak berlaku: " + why(c))
            }
        }
        return run(p.rule, p)
    }

    private mutating func run(_ rule: CompiledRule, _ p: CompiledParameter) -> Outcome {
        switch rule {
        case .phrases(let r): phrases(r, p)
        case .forbidden(let f): forbidden(f)
        case .holdDuration(let max): holdDuration(max: max)
        case .responseTime(let r): responseTime(r)
        case .facts(let f): facts(f)
        case .disclosure(let d): disclosure(d)
        case .manual: Outcome(verdict: .na, evidence: tables.conventions.manualEvidence)
        }
    }

    private func anchor(of p: CompiledParameter) -> PatternSet? {
        if case .phrases(let r) = p.rule { return r.anchor }
        return nil
    }

    /// The groups of agent turns a window stands for (one group, or one per hold), computed once per contact.
    mutating func windowGroups(_ w: CheckWindow) -> [[Int]] {
        let slot = Self.slot(of: w)
        if let known = windowCache[slot] { return known }
        let groups = computeWindow(w)
        windowCache[slot] = groups
        return groups
    }

    /// The window's place in `windowCache` (`CheckWindow.allCases` builds an array at every use).
    private static func slot(of w: CheckWindow) -> Int {
        switch w {
        case .firstAgent: 0
        case .agent: 1
        case .agentAfterOpening: 2
        case .afterCustomer: 3
        case .closing: 4
        case .beforeEachHold: 5
        case .afterEachHold: 6
        }
    }

    private func computeWindow(_ w: CheckWindow) -> [[Int]] {
        if let live { return [[live]] }
        let agents = contact.agentTurns
        switch w {
        case .firstAgent: return [agents.first.map { [$0] } ?? []]
        case .agent: return [agents]
        case .agentAfterOpening: return [hasOpening ? Array(agents.dropFirst()) : agents]
        case .afterCustomer:
            guard let c = contact.turns.firstIndex(where: { $0.role == .customer }) else { return [[]] }
            return [agents.filter { $0 > c }]
        case .closing:
            guard scope == "full_call" else { return [agents] }
            return [Array(agents.dropFirst().suffix(tables.conventions.closingTurns))]
        case .beforeEachHold:
            return holds.map { h in agents.last(where: { $0 < h.beforeTurn }).map { [$0] } ?? [] }
        case .afterEachHold:
            return holds.compactMap { h in agents.first(where: { $0 >= h.beforeTurn }).map { [$0] } }
        }
    }

    var holds: [(seconds: Int, beforeTurn: Int)] { contact.holds }

    /// Agent turns of the contact so far (all of them, also in the live shell).
    var agentTurnsSoFar: [Int] { contact.agentTurns }

    /// "giliran N": the turn's place in the transcript, counted from 1.
    func turnLabel(_ turn: Int) -> String { "giliran \(contact.turns[turn].transcriptIndex + 1)" }

    /// The quoted words of a hit and where they are.
    func cite(_ h: PatternHit) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(64)
        appendCite(h, to: &text)
        return String(decoding: text, as: UTF8.self)
    }

    /// `cite(h)` appended to `text` as UTF-8, without intermediate strings (evidence is built for every
    /// result, and a `String` append costs far more than a byte copy).
    func appendCite(_ h: PatternHit, to text: inout [UInt8]) {
        text.append(0x22)
        contact.appendQuote(turn: h.turn, start: h.start, end: h.end, to: &text)
        Self.append("\" (giliran ", to: &text)
        Self.appendDecimal(contact.turns[h.turn].transcriptIndex + 1, to: &text)
        text.append(0x29)
    }

    /// The bytes of a literal, copied straight from static memory (a `String.UTF8View` append is generic and slow).
    static func append(_ s: StaticString, to text: inout [UInt8]) {
        text.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    /// The decimal digits of a non-negative `n`, as `String(n)` writes them.
    static func appendDecimal(_ n: Int, to text: inout [UInt8]) {
        guard n >= 10 else {
            text.append(0x30 + UInt8(max(n, 0)))
            return
        }
        appendDecimal(n / 10, to: &text)
        text.append(0x30 + UInt8(n % 10))
    }
}
