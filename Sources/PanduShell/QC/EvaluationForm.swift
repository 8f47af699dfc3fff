import Foundation
import PanduCore

/// A QC form being filled: the standard's parameters pre-filled with the checker's verdicts, then
/// confirmed or overridden by the officer (`--set`, or line by line), every override with a comment.
struct EvaluationForm {
    let standard: Standard
    private(set) var items: [EvaluationItem]

    /// The form of `standard` pre-filled from the checker's `result`; manual parameters start as `na`.
    init(standard: Standard, result: QCResult) {
        self.standard = standard
        items = standard.parameters.map { p in
            let r = result[p.id]
            let auto: Verdict? = p.manual ? nil : (r?.verdict ?? .na)
            return EvaluationItem(
                parameter: p.id, name: p.name, auto: auto, verdict: auto ?? .na, evidence: r?.evidence ?? "",
                manual: p.manual, fatal: p.fatal)
        }
    }

    /// The current score of the form.
    var score: EvaluationScore {
        EvaluationScore(
            standard: standard, verdicts: Dictionary(uniqueKeysWithValues: items.map { ($0.parameter, $0.verdict) }))
    }

    /// Whether the form has `parameter`.
    func has(_ parameter: ParameterID) -> Bool { items.contains { $0.parameter == parameter } }

    /// Sets one verdict.
    mutating func set(_ parameter: ParameterID, _ verdict: Verdict) {
        guard let i = items.firstIndex(where: { $0.parameter == parameter }) else { return }
        items[i].verdict = verdict
    }

    /// Sets one comment (empty clears it).
    mutating func comment(_ parameter: ParameterID, _ text: String) {
        guard let i = items.firstIndex(where: { $0.parameter == parameter }) else { return }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        items[i].comment = trimmed.isEmpty ? nil : trimmed
    }

    /// Overrides without a comment, in form order.
    var overridesWithoutComment: [ParameterID] { items.filter { $0.isOverride && $0.comment == nil }.map(\.parameter) }

    /// One line of the form as shown to the officer.
    static func line(_ item: EvaluationItem) -> String {
        let auto = item.auto.map { "auto \($0.rawValue)" } ?? "manual"
        var text =
            "\(VerdictMark.mark(item.verdict)) \(item.parameter.rawValue)  \(item.name)  [\(auto) → \(item.verdict.rawValue)]"
        if item.fatal { text += " FATAL" }
        if !item.evidence.isEmpty { text += "\n    \(item.evidence)" }
        if let c = item.comment { text += "\n    # \(c)" }
        return text
    }
}

/// `--set PARAM=verdict` and `--comment PARAM=text` values, checked against the form.
struct FormAssignments {
    var verdicts: [(ParameterID, Verdict)] = []
    var comments: [(ParameterID, String)] = []

    /// Parses the options; a bad parameter or verdict is a usage error naming it.
    init(sets: [String], comments: [String], form: EvaluationForm, messages m: Messages) throws {
        for text in sets {
            let (p, v) = try Self.split(text, form, m)
            guard let verdict = Verdict(rawValue: v.lowercased()) else {
                throw ShellError.usage(m(.qcBadVerdict, v, p))
            }
            verdicts.append((p, verdict))
        }
        for text in comments {
            let (p, c) = try Self.split(text, form, m)
            self.comments.append((p, c))
        }
    }

    /// Applies the options to `form`.
    func apply(to form: inout EvaluationForm) {
        for (p, v) in verdicts { form.set(p, v) }
        for (p, c) in comments { form.comment(p, c) }
    }

    private static func split(_ text: String, _ form: EvaluationForm, _ m: Messages) throws -> (ParameterID, String) {
        guard let eq = text.firstIndex(of: "=") else { throw ShellError.usage(m(.qcBadAssignment, text)) }
        let p = ParameterID(String(text[..<eq]).trimmingCharacters(in: .whitespaces))
        guard form.has(p) else {
            throw ShellError.usage(
                m(
                    .qcUnknownParameter, p, form.standard.id,
                    form.items.map(\.parameter.rawValue).joined(separator: ", ")))
        }
        return (p, String(text[text.index(after: eq)...]))
    }
}
