import PanduCore

/// Reads one `flows/<id>.yaml` into a `FlowSource`, logging every structural problem it meets.
struct FlowDecoder {
    static let flowKeys = [
        "id", "name", "service", "tier", "channel", "standard", "sop", "start", "dispositions", "steps",
    ]
    static let stepKeys = [
        "id", "title", "sop_code", "scope", "script", "guidance", "checks", "captures", "next", "choices", "closing",
    ]
    static let captureKeys = ["field", "label", "kind", "required", "options"]
    static let choiceKeys = ["id", "label", "next"]
    static let tiers = ["T1", "T2"]

    /// Reads the flow of `document`, whose file stem (name without `.yaml`) the id must equal.
    func decode(_ document: YAMLDocument, fileStem: String, log: inout ProblemLog) -> FlowSource? {
        guard let r = FieldReader(document.root, what: "the flow", allowed: Self.flowKeys, log: &log) else {
            return nil
        }
        var source = FlowSource(file: document.file, fileStem: fileStem)
        source.id = r.text("id", required: true, example: fileStem, log: &log)
        source.idLine = r.keyLine("id")
        source.name = r.text("name", required: true, example: "\"147 Tier 1 — Pengaduan\"", log: &log)
        source.service = enumValue(r, "service", Service.self, log: &log)
        source.channel = enumValue(r, "channel", Channel.self, log: &log)
        source.tier = tier(r, log: &log)
        source.standard = r.text("standard", log: &log)
        source.sop = r.text("sop", required: true, example: "\"IN.OCC.TELK.P-01 §8.2\"", log: &log)
        source.sopLine = r.keyLine("sop")
        source.start = r.text("start", required: true, example: "greeting", log: &log)
        source.startLine = r.keyLine("start")
        source.dispositions = r.texts("dispositions", log: &log).map { ($0.text, $0.line) }
        let steps = r.list("steps", required: true, example: "[…]", log: &log)
        if r.value("steps") != nil, steps.isEmpty {
            log.add(
                file: r.file, line: r.keyLine("steps"),
                "the flow has no steps; add at least a greeting and a closing step")
        }
        source.steps = steps.enumerated().compactMap { decodeStep($1, index: $0 + 1, log: &log) }
        return source
    }

    /// A value of a string enum, e.g. `service: "147"`; logs a missing or unknown value with the allowed ones.
    func enumValue<E: RawRepresentable & CaseIterable>(
        _ r: FieldReader, _ key: String, _ type: E.Type, log: inout ProblemLog
    ) -> E? where E.RawValue == String {
        let allowed = E.allCases.map(\.rawValue)
        guard let raw = r.text(key, required: true, example: allowed[0], log: &log) else { return nil }
        if let value = E(rawValue: raw) { return value }
        let hint = Suggestion.hint(for: raw, in: allowed)
        log.add(
            file: r.file, line: r.keyLine(key),
            "unknown \(key) \"\(raw)\"\(hint); use one of: \(allowed.joined(separator: ", "))")
        return nil
    }

    func tier(_ r: FieldReader, log: inout ProblemLog) -> String? {
        guard let tier = r.text("tier", log: &log) else { return nil }
        guard Self.tiers.contains(tier) else {
            log.add(file: r.file, line: r.keyLine("tier"), "unknown tier \"\(tier)\"; use T1 or T2, or leave tier out")
            return nil
        }
        return tier
    }
}
