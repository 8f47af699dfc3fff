import Foundation
import PanduCore

/// Fills a form line by line from the officer (a terminal or a script on stdin): Enter keeps the
/// proposed verdict, `pass` / `fail` / `na` changes it, an override asks for its comment, and the end asks
/// to submit. End of input before the answer cancels and nothing is written.
struct EvaluationFormPrompt {
    let context: AppContext

    /// Whether the officer submitted; false when they declined or input ended.
    func fill(_ form: inout EvaluationForm) throws -> Bool {
        let m = context.messages
        let out = context.output
        out.line(m(.qcFormIntro, form.standard.id, form.standard.version))
        for item in form.items {
            out.line(EvaluationForm.line(item))
            guard let verdict = try ask(m(.qcFormAsk), m, allowEmpty: true) else { return false }
            if let v = Verdict(rawValue: verdict.lowercased()) { form.set(item.parameter, v) }
            let current = form.items.first { $0.parameter == item.parameter }
            if let current, current.isOverride || current.manual && current.verdict != .na {
                let prompt = current.isOverride ? m(.qcFormAskComment) : m(.qcFormAskRemark)
                guard let comment = try ask(prompt, m, allowEmpty: !current.isOverride) else { return false }
                form.comment(item.parameter, comment)
            }
        }
        let s = form.score
        out.line(
            m(.qcFormScore, s.score.map(ScoreText.format) ?? "-", s.fatal ? "FATAL" : "-", s.overall?.rawValue ?? "-"))
        guard let answer = context.input.line(m(.qcFormAskSubmit)) else { return false }
        return ["y", "ya", "yes"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased())
    }

    /// One answer; asks again on a bad verdict or an empty required text; nil at end of input.
    private func ask(_ prompt: String, _ m: Messages, allowEmpty: Bool) throws -> String? {
        while true {
            guard let raw = context.input.line(prompt) else { return nil }
            let answer = raw.trimmingCharacters(in: .whitespaces)
            if prompt == m(.qcFormAsk), !answer.isEmpty, Verdict(rawValue: answer.lowercased()) == nil {
                context.output.error(m(.qcBadVerdict, answer, "-"))
                continue
            }
            if answer.isEmpty && !allowEmpty {
                context.output.error(m(.qcOverrideNeedsComment, "-"))
                continue
            }
            return answer
        }
    }
}
