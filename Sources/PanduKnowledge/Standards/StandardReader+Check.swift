import PanduCore

extension StandardReader {
    static let kindKeys: [String: [String]] = [
        "phrases": [
            "window", "required_any", "required_all", "min_count", "fail_if_any", "not_accepted", "before",
            "when_missing",
            "agent_hangup_needs", "diagnose",
        ],
        "forbidden": ["window", "lists", "first_turn_lists", "typos"],
        "hold_duration": ["max_seconds"],
        "response_time": ["max_minutes", "first_response_key", "minutes_key"],
        "facts": ["compare"],
        "disclosure_order": ["disclosure", "requires", "confirmed_by_customer", "satisfied_when", "violated_when"],
    ]

    /// Reads a `check:` block by its `kind` (default `phrases`).
    mutating func check(_ v: YAMLValue, what: String) -> ParameterCheck? {
        let kind = (try? v.mapping())?.optional("kind").flatMap { try? $0.string() } ?? "phrases"
        guard let keys = Self.kindKeys[kind] else {
            problems.append(
                v.error(
                    "unknown check kind \"\(kind)\" in \(what) (allowed: \(Self.kindKeys.keys.sorted().joined(separator: ", ")))"
                ))
            return nil
        }
        guard let f = StandardFields(v, what: "check of \(what)", allowed: keys + ["kind"], problems: &problems) else {
            return nil
        }
        switch kind {
        case "forbidden":
            return .forbidden(
                ForbiddenCheck(
                    window: window(f), lists: patternTexts(f, "lists"),
                    firstTurnLists: patternTexts(f, "first_turn_lists"),
                    typos: f.bool("typos", problems: &problems) ?? false))
        case "hold_duration":
            return .holdDuration(maxSeconds: Int(f.number("max_seconds", problems: &problems) ?? 120))
        case "response_time":
            return .responseTime(
                ResponseTimeCheck(
                    maxMinutes: f.number("max_minutes", problems: &problems) ?? 15,
                    firstResponseKey: f.text("first_response_key", problems: &problems) ?? "first_response",
                    minutesKey: f.text("minutes_key", problems: &problems) ?? "response_minutes"))
        case "facts":
            let text = f.text("compare", required: true, problems: &problems) ?? ""
            guard let compare = FactComparison(rawValue: text) else {
                problems.append(
                    .invalid(
                        file: f.file, line: f.line,
                        message:
                            "unknown compare \"\(text)\" (allowed: \(FactComparison.allCases.map(\.rawValue).joined(separator: ", ")))"
                    ))
                return nil
            }
            return .facts(compare)
        case "disclosure_order":
            return .disclosureOrder(
                DisclosureCheck(
                    disclosure: patternTexts(f, "disclosure"), requires: patternTexts(f, "requires"),
                    confirmedByCustomer: f.bool("confirmed_by_customer", problems: &problems) ?? true,
                    satisfiedWhen: conditions(f.value("satisfied_when"), what: what),
                    violatedWhen: conditions(f.value("violated_when"), what: what)))
        default:
            return .phrases(phrases(f, what: what))
        }
    }

    private mutating func phrases(_ f: StandardFields, what: String) -> PhraseCheck {
        var p = PhraseCheck(window: window(f))
        p.requiredAny = f.items("required_any", problems: &problems).compactMap { group($0) }
        p.requiredAll = f.items("required_all", problems: &problems).compactMap { group($0) }
        p.minCount = f.number("min_count", problems: &problems).map { Int($0) } ?? 1
        p.failIfAny = f.items("fail_if_any", problems: &problems).compactMap { group($0) }
        p.notAccepted = patternTexts(f, "not_accepted")
        p.before = patternTexts(f, "before")
        p.agentHangupNeeds = patternTexts(f, "agent_hangup_needs")
        if let missing = f.text("when_missing", problems: &problems) {
            if let v = Verdict(rawValue: missing), v != .pass {
                p.whenMissing = v
            } else {
                problems.append(
                    .invalid(
                        file: f.file, line: f.line, message: "when_missing must be fail or na, found \"\(missing)\""))
            }
        }
        p.diagnose = f.items("diagnose", problems: &problems).compactMap { item in
            guard
                let d = StandardFields(item, what: "diagnosis", allowed: ["pattern", "evidence"], problems: &problems),
                let pattern = d.text("pattern", required: true, problems: &problems),
                let evidence = d.text("evidence", required: true, problems: &problems)
            else { return nil }
            note(pattern, file: d.file, line: d.line)
            return Diagnosis(pattern: pattern, evidence: evidence)
        }
        if p.requiredAny.isEmpty && p.requiredAll.isEmpty && p.failIfAny.isEmpty && p.agentHangupNeeds.isEmpty {
            problems.append(
                .invalid(
                    file: f.file, line: f.line,
                    message: "check of \(what) has no rule: add required_any, required_all or fail_if_any"))
        }
        return p
    }

    /// A pattern, a list of alternatives, or `{patterns, unless, channel}`.
    private mutating func group(_ v: YAMLValue) -> PatternGroup? {
        switch v.node {
        case .scalar, .sequence:
            return PatternGroup(patternTexts(v, what: "a pattern group"))
        case .mapping:
            guard
                let f = StandardFields(
                    v, what: "pattern group", allowed: ["patterns", "unless", "channel"], problems: &problems)
            else { return nil }
            return PatternGroup(
                patternTexts(f, "patterns"), unless: patternTexts(f, "unless"),
                channels: f.texts("channel", problems: &problems).map(\.text))
        case .alias:
            problems.append(v.error("aliases are not supported here"))
            return nil
        }
    }

    private mutating func window(_ f: StandardFields) -> CheckWindow {
        guard let text = f.text("window", problems: &problems) else { return .agent }
        guard let w = CheckWindow(rawValue: text) else {
            problems.append(
                .invalid(
                    file: f.file, line: f.line,
                    message:
                        "unknown window \"\(text)\" (allowed: \(CheckWindow.allCases.map(\.rawValue).joined(separator: ", ")))"
                ))
            return .agent
        }
        return w
    }
}
