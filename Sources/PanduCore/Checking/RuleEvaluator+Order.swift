extension RuleEvaluator {
    /// 147-F3, 147T2-F3: data told only after a verification that a customer turn answered.
    mutating func disclosure(_ d: CompiledDisclosure) -> Outcome {
        if holdsAny(d.satisfiedWhen, anchor: nil) {
            return Outcome(verdict: .pass, evidence: "sudah terverifikasi sebelum potongan ini")
        }
        let turns = live.map { [$0] } ?? contact.agentTurns
        guard let shown = contact.firstHit(d.disclosure, in: turns) else {
            return Outcome(verdict: .pass, evidence: "tidak ada data yang disampaikan")
        }
        let quote = contact.quote(turn: shown.turn, start: shown.start, end: shown.end)
        if holdsAny(d.violatedWhen, anchor: nil) {
            return Outcome(
                verdict: .fail, evidence: "data disampaikan kepada pihak yang tidak berhak: \(cite(shown))",
                found: quote)
        }
        let earlier = contact.agentTurns.filter { $0 <= shown.turn }
        for t in earlier { contact.prepareFuzzy(turn: t, lexicon: tables.lexicon) }
        let asked = contact.allHits(d.requires, in: earlier, mode: .tolerant).filter { Self.precedes($0, shown) }
        let answered = asked.contains { ask in
            !d.confirmedByCustomer
                || contact.turns.indices.contains {
                    $0 > ask.turn && $0 < shown.turn && contact.turns[$0].role == .customer
                }
        }
        if answered {
            return Outcome(verdict: .pass, evidence: "data disampaikan setelah verifikasi dijawab pelanggan")
        }
        let reason = asked.isEmpty ? "sebelum verifikasi" : "sebelum pelanggan menjawab verifikasi"
        return Outcome(verdict: .fail, evidence: "data disampaikan \(reason): \(cite(shown))", found: quote)
    }

    /// 147-H3: every hold at most `max` seconds.
    func holdDuration(max: Int) -> Outcome {
        let timed = holds.filter { $0.seconds > 0 }
        guard !timed.isEmpty else {
            return Outcome(verdict: .na, evidence: "tidak berlaku: tidak ada hold dengan durasi")
        }
        if let long = timed.first(where: { $0.seconds > max }) {
            return Outcome(
                verdict: .fail, evidence: "hold \(long.seconds) detik melebihi \(max) detik",
                found: "\(long.seconds) detik")
        }
        return Outcome(
            verdict: .pass,
            evidence: "hold " + timed.map { "\($0.seconds) detik" }.joined(separator: ", ") + " (maks. \(max))")
    }

    /// SM-10: the first response within the limit.
    func responseTime(_ r: ResponseTimeCheck) -> Outcome {
        let context = contact.transcript.context
        guard context[r.firstResponseKey]?.boolValue == true else {
            return Outcome(verdict: .na, evidence: "tidak berlaku: bukan respons pertama")
        }
        guard let minutes = context[r.minutesKey]?.numberValue else {
            return Outcome(verdict: .na, evidence: "tidak berlaku: tidak ada data waktu respons")
        }
        let shown = Self.text(.number(minutes))
        let limit = Self.text(.number(r.maxMinutes))
        if minutes <= r.maxMinutes {
            return Outcome(verdict: .pass, evidence: "respons pertama \(shown) menit (maks. \(limit))")
        }
        return Outcome(
            verdict: .fail, evidence: "respons pertama \(shown) menit melebihi \(limit) menit", found: "\(shown) menit")
    }
}
