import PanduCore

extension StandardReader {
    static let standardKeys = [
        "id", "name", "maps_to", "channel", "passing_score", "applies_to", "parameters", "fatal_parameters",
    ]
    static let parameterKeys = [
        "id", "name", "category", "weight", "fatal", "manual", "every_turn", "when", "na_when", "check", "expects",
        "suggestion", "note", "rule", "assessed_when",
    ]

    /// Reads one standard file.
    mutating func standard(_ doc: YAMLDocument) -> Standard? {
        guard
            let top = StandardFields(
                doc.root, what: "standard file", allowed: ["version", "standard"], problems: &problems)
        else {
            return nil
        }
        let version = top.text("version", required: true, problems: &problems) ?? ""
        guard let body = top.value("standard") else {
            problems.append(.invalid(file: doc.file, line: 1, message: "missing \"standard\""))
            return nil
        }
        guard let f = StandardFields(body, what: "standard", allowed: Self.standardKeys, problems: &problems),
            let id = f.text("id", required: true, problems: &problems)
        else { return nil }
        let mediumText = f.text("channel", required: true, problems: &problems) ?? "voice"
        let medium = Standard.Medium(rawValue: mediumText) ?? .voice
        if Standard.Medium(rawValue: mediumText) == nil {
            problems.append(
                .invalid(
                    file: f.file, line: f.line, message: "channel must be voice or written, found \"\(mediumText)\""))
        }
        let selectors = f.items("applies_to", problems: &problems).compactMap { selector($0) }
        if selectors.isEmpty {
            problems.append(
                .invalid(
                    file: f.file, line: f.line, message: "standard \(id) needs \"applies_to\" (e.g. {service: \"108\"})"
                ))
        }
        var parameters: [StandardParameter] = []
        var seen: Set<String> = []
        for (key, fatal) in [("parameters", false), ("fatal_parameters", true)] {
            for item in f.items(key, problems: &problems) {
                guard let p = parameter(item, standard: id, fatal: fatal) else { continue }
                if !seen.insert(p.id.rawValue).inserted {
                    problems.append(item.error("parameter \(p.id) is defined twice in \(id)"))
                }
                parameters.append(p)
            }
        }
        let sum = parameters.filter { !$0.fatal }.reduce(0) { $0 + $1.weight }
        weights.append((id, f.file, f.value("parameters")?.line ?? f.line, sum))
        return Standard(
            id: StandardID(id), name: f.text("name", required: true, problems: &problems) ?? id,
            mapsTo: f.text("maps_to", problems: &problems), medium: medium,
            passingScore: f.number("passing_score", problems: &problems) ?? 85, appliesTo: selectors,
            parameters: parameters, version: version)
    }

    private mutating func selector(_ v: YAMLValue) -> StandardSelector? {
        guard
            let f = StandardFields(
                v, what: "applies_to entry", allowed: ["service", "tier", "channel"], problems: &problems),
            let service = f.text("service", required: true, problems: &problems)
        else { return nil }
        var tiers: [String?] = []
        if let t = f.value("tier") {
            let items = (try? t.array()) ?? [t]
            tiers = items.map { $0.isNull ? nil : (try? $0.string()) }
        }
        let channels = f.texts("channel", problems: &problems)
        for c in channels where Channel(rawValue: c.text) == nil {
            problems.append(
                .invalid(
                    file: f.file, line: c.line,
                    message:
                        "unknown channel \"\(c.text)\" (allowed: \(Channel.allCases.map(\.rawValue).joined(separator: ", ")))"
                ))
        }
        return StandardSelector(service: service, tiers: tiers, channels: channels.map(\.text))
    }

    private mutating func parameter(_ v: YAMLValue, standard: String, fatal: Bool) -> StandardParameter? {
        guard let f = StandardFields(v, what: "parameter", allowed: Self.parameterKeys, problems: &problems),
            let id = f.text("id", required: true, problems: &problems)
        else { return nil }
        places["\(standard) \(id)"] = (f.file, f.line)
        let what = "parameter \(id)"
        let name = f.text("name", required: true, problems: &problems) ?? id
        let isFatal = f.bool("fatal", problems: &problems) ?? fatal
        let manual = f.bool("manual", problems: &problems) ?? false
        let weight = f.number("weight", problems: &problems)
        if !isFatal && weight == nil {
            problems.append(.invalid(file: f.file, line: f.line, message: "\(what) needs a \"weight\""))
        }
        if isFatal, let w = weight, w != 0 {
            problems.append(
                .invalid(file: f.file, line: f.line, message: "\(what) is fatal and carries no weight (found \(w))"))
        }
        var check = ParameterCheck.manual
        if !manual {
            if let c = f.value("check") {
                check = self.check(c, what: what) ?? .manual
            } else {
                problems.append(
                    .invalid(file: f.file, line: f.line, message: "\(what) needs a \"check\" (or manual: true)"))
            }
        }
        return StandardParameter(
            id: ParameterID(id), name: name,
            category: f.text("category", required: !isFatal, problems: &problems) ?? "",
            weight: isFatal ? 0 : weight ?? 0, fatal: isFatal, manual: manual,
            everyTurn: f.bool("every_turn", problems: &problems) ?? false,
            when: conditions(f.value("when"), what: what), naWhen: conditions(f.value("na_when"), what: what),
            check: check, expects: f.text("expects", problems: &problems),
            suggestion: f.text("suggestion", problems: &problems))
    }
}
