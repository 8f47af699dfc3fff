import PanduCore

extension FlowDecoder {
    /// Reads step number `index` (1-based); a step without an id is logged and dropped.
    func decodeStep(_ value: YAMLValue, index: Int, log: inout ProblemLog) -> StepSource? {
        let what = FieldReader.peek("id", in: value).map { "step \"\($0)\"" } ?? "step \(index)"
        guard let named = FieldReader(value, what: what, allowed: Self.stepKeys, log: &log),
            let id = named.text("id", required: true, example: "greeting", log: &log)
        else { return nil }
        var step = FlowStep(
            id: StepID(id),
            title: named.text("title", required: true, example: "\"Salam pembuka\"", log: &log) ?? "",
            sopCode: named.text("sop_code", required: true, example: "IN.OCC.TELK.P-01_R1", log: &log) ?? "")
        step.script = named.text("script", log: &log)
        step.guidance = named.text("guidance", log: &log)
        step.scope = named.text("scope", log: &log)
        step.next = named.text("next", log: &log).map { StepID($0) }
        step.closing = named.bool("closing", log: &log) ?? false
        let checks = named.texts("checks", log: &log)
        step.checks = checks.map { ParameterID($0.text) }
        var source = StepSource(
            step: step, line: named.line, sopCodeLine: named.keyLine("sop_code"),
            scriptLine: named.keyLine("script"), scopeLine: named.keyLine("scope"), nextLine: named.keyLine("next"),
            checkLines: checks.map(\.line))
        for item in named.list("captures", log: &log) {
            guard let capture = decodeCapture(item, step: id, log: &log) else { continue }
            source.step.captures.append(capture)
            source.captureLines.append(item.line)
        }
        for item in named.list("choices", log: &log) {
            guard let choice = decodeChoice(item, step: id, log: &log) else { continue }
            source.step.choices.append(choice)
            source.choiceLines.append(item.line)
        }
        return source
    }

    /// Reads one `captures` item: a known kind, and options exactly when the kind is `choice`.
    func decodeCapture(_ value: YAMLValue, step: String, log: inout ProblemLog) -> Capture? {
        let what =
            FieldReader.peek("field", in: value).map { "capture \"\($0)\" of step \"\(step)\"" }
            ?? "a capture of step \"\(step)\""
        guard let r = FieldReader(value, what: what, allowed: Self.captureKeys, log: &log) else { return nil }
        let field = r.text("field", required: true, example: "customer_name", log: &log)
        let label = r.text("label", required: true, example: "\"Nama pelanggan\"", log: &log)
        let kind = captureKind(r, log: &log)
        let required = r.bool("required", log: &log) ?? false
        let options = r.texts("options", log: &log).map(\.text)
        if kind == .choice, options.isEmpty {
            log.add(
                file: r.file, line: r.line,
                "capture \"\(field ?? "?")\" has kind choice but no options; add e.g. `options: [ya, tidak]`")
        } else if let kind, kind != .choice, !options.isEmpty {
            log.add(
                file: r.file, line: r.keyLine("options"),
                "capture \"\(field ?? "?")\" lists options but its kind is \(kind.rawValue); use kind: choice or drop the options"
            )
        }
        guard let field, let label else { return nil }
        return Capture(field: field, label: label, kind: kind ?? .text, required: required, options: options)
    }

    /// The capture kind; absent means `text`.
    func captureKind(_ r: FieldReader, log: inout ProblemLog) -> FieldKind? {
        guard let raw = r.text("kind", log: &log) else { return .text }
        if let kind = FieldKind(rawValue: raw) { return kind }
        let allowed = FieldKind.allCases.map(\.rawValue)
        log.add(
            file: r.file, line: r.keyLine("kind"),
            "unknown capture kind \"\(raw)\"\(Suggestion.hint(for: raw, in: allowed)); use one of: \(allowed.joined(separator: ", "))"
        )
        return nil
    }

    /// Reads one `choices` item.
    func decodeChoice(_ value: YAMLValue, step: String, log: inout ProblemLog) -> Choice? {
        let what =
            FieldReader.peek("id", in: value).map { "choice \"\($0)\" of step \"\(step)\"" }
            ?? "a choice of step \"\(step)\""
        guard let r = FieldReader(value, what: what, allowed: Self.choiceKeys, log: &log) else { return nil }
        let id = r.text("id", required: true, example: "found", log: &log)
        let label = r.text("label", required: true, example: "\"Data ditemukan\"", log: &log)
        let next = r.text("next", required: true, example: "deliver", log: &log)
        guard let id, let label, let next else { return nil }
        return Choice(id: id, label: label, next: StepID(next))
    }
}
