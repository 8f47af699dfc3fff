/// Turns one interval's counts into the named measures, each with its formula text and the numerator and
/// denominator it used (spec §3.1-§3.6).
struct KPIMeasures {
    let config: KPIConfig

    /// Every measure, in a fixed order: service levels, abandonment, speed, handling, access.
    func measures(_ c: KPICounts, handling: HandlingSeconds, trunk: TrunkCounts?) -> [Measure] {
        var m = serviceLevels(c)
        m += abandonment(c)
        m += speed(c)
        m += handlingTimes(c, handling)
        if let trunk { m += access(c, trunk) }
        return m
    }

    func serviceLevels(_ c: KPICounts) -> [Measure] {
        let e = Double(c.offered)
        let r = config.regulatorAnswerSeconds
        let rs = config.regulatorShortAbandonSeconds
        let s = config.shortAbandonSeconds
        var m = [
            Measure(
                name: "sl_regulator", formula: "answered within \(r) s / (offered - abandoned within \(rs) s)",
                numerator: within(c, r), denominator: e - abandonedWithin(c, rs))
        ]
        for t in config.thresholds {
            m.append(
                Measure(
                    name: "sl_\(t)", formula: "answered within \(t) s / (offered - abandoned within \(s) s)",
                    numerator: within(c, t), denominator: e - abandonedWithin(c, s)))
            m.append(
                Measure(
                    name: "sl_offered_\(t)", formula: "answered within \(t) s / offered", numerator: within(c, t),
                    denominator: e))
        }
        let a = config.asteriskServiceLevelSeconds
        m.append(
            Measure(
                name: "sl_answered", formula: "answered within \(a) s / answered (Asterisk SL)",
                numerator: within(c, a), denominator: Double(c.answered)))
        m.append(
            Measure(
                name: "sl2",
                formula: "(answered within \(a) s + abandoned within \(a) s) / (answered + abandoned) (Asterisk SL2)",
                numerator: within(c, a) + abandonedWithin(c, a), denominator: Double(c.answered + c.abandoned)))
        return m
    }

    func abandonment(_ c: KPICounts) -> [Measure] {
        let e = Double(c.offered)
        let ab = Double(c.abandoned)
        let short = abandonedWithin(c, config.shortAbandonSeconds)
        let s = config.shortAbandonSeconds
        return [
            Measure(name: "answer_rate", formula: "answered / offered", numerator: Double(c.answered), denominator: e),
            Measure(name: "abandon_rate", formula: "abandoned / offered", numerator: ab, denominator: e),
            Measure(
                name: "abandon_rate_excl_short",
                formula: "(abandoned - abandoned within \(s) s) / (offered - abandoned within \(s) s)",
                numerator: ab - short, denominator: e - short),
            Measure(
                name: "unanswered_rate", formula: "(abandoned + timeouts) / offered",
                numerator: ab + Double(c.timeouts), denominator: e),
        ]
    }

    func speed(_ c: KPICounts) -> [Measure] {
        [
            Measure(
                name: "asa", formula: "sum of CONNECT holdtime / answered", numerator: Double(c.sumWaitAnswered),
                denominator: Double(c.answered), unit: .seconds),
            Measure(
                name: "avg_wait_abandoned", formula: "sum of ABANDON waittime / abandoned",
                numerator: Double(c.sumWaitAbandoned), denominator: Double(c.abandoned), unit: .seconds),
        ]
    }

    func handlingTimes(_ c: KPICounts, _ h: HandlingSeconds) -> [Measure] {
        let handled = Double(c.handled)
        let talk = Double(c.sumTalk)
        let ahtFormula =
            config.holdIncludedInTalk
            ? "(sum of calltime (hold included) + ACW) / handled calls"
            : "(sum of calltime + hold + ACW) / handled calls"
        let ahtNumerator = talk + h.acw + (config.holdIncludedInTalk ? 0 : h.hold)
        return [
            Measure(
                name: "att", formula: "sum of calltime / handled calls", numerator: talk, denominator: handled,
                unit: .seconds),
            Measure(name: "aht", formula: ahtFormula, numerator: ahtNumerator, denominator: handled, unit: .seconds),
            Measure(
                name: "avg_hold", formula: "hold / handled calls", numerator: h.hold, denominator: handled,
                unit: .seconds),
            Measure(
                name: "avg_acw", formula: "ACW / handled calls", numerator: h.acw, denominator: handled, unit: .seconds),
        ]
    }

    func access(_ c: KPICounts, _ t: TrunkCounts) -> [Measure] {
        let attempts = Double(t.attempts)
        let scr: Measure =
            switch config.scrNumerator {
            case .acceptedAtTrunk:
                Measure(
                    name: "scr", formula: "attempts accepted at the trunk / call attempts",
                    numerator: Double(t.acceptedCount), denominator: attempts)
            case .enteredQueue:
                Measure(
                    name: "scr", formula: "calls entering the queue / call attempts", numerator: Double(c.offered),
                    denominator: attempts)
            }
        return [
            scr,
            Measure(
                name: "blocked_rate", formula: "blocked attempts / call attempts", numerator: Double(t.blocked),
                denominator: attempts),
        ]
    }

    func within(_ c: KPICounts, _ t: Int) -> Double { Double(c.answered(within: t) ?? 0) }
    func abandonedWithin(_ c: KPICounts, _ t: Int) -> Double { Double(c.abandoned(within: t) ?? 0) }
}
