import Foundation
import PanduCore

extension Shell {
    /// The step card: where the agent is, what to say, what to capture, where it can go next.
    func renderStep() {
        guard let c = contact else { return }
        let step = c.step
        let index = (c.flow.steps.firstIndex { $0.id == step.id } ?? 0) + 1
        out.line(
            out.styled("── \(m(.stepLabel)) \(index)/\(c.flow.steps.count): \(step.title)  [\(step.sopCode)]", .cyan))
        if let script = step.script {
            let conventions = (try? context.standards().conventions) ?? CheckingConventions()
            let bindings = c.bindings(agentName: person!.onlineName, now: now, conventions: conventions)
            let text = ScriptRenderer.render(script, bindings: bindings)
            out.line("   \(m(.sayLabel)): \"\(text)\"")
        }
        if let guidance = step.guidance { out.line("   \(m(.guidanceLabel)): \(guidance)") }
        if !step.captures.isEmpty {
            let fields = step.captures.map { cap in
                let value = c.captures[cap.field].map { "=\($0)" } ?? ""
                return "\(cap.field)\(cap.required ? "*" : "")\(value) (\(cap.label))"
            }
            out.line("   \(m(.captureLabel)): " + fields.joined(separator: ", "))
        }
        if !step.checks.isEmpty {
            out.line("   \(m(.checksLabel)): " + step.checks.map(\.rawValue).joined(separator: ", "))
        }
        out.line("   \(m(.nextLabel)): " + ways(step))
    }

    private func ways(_ step: FlowStep) -> String {
        var ways: [String] = []
        if let next = step.next { ways.append("next → \(next)") }
        ways += step.choices.map { "\($0.id) → \($0.next) (\($0.label))" }
        if step.closing { ways.append("close " + contact!.flow.dispositions.joined(separator: "|")) }
        ways.append("back")
        return ways.joined(separator: " | ")
    }

    /// The verdicts of one utterance, failures with their suggestion.
    /// Passes are shown for the step's own parameters only; the every-turn ones (language, fatal items)
    /// speak up only when they fail, so the agent is not buried in ticks.
    func renderVerdicts(_ results: [ParameterResult]) {
        let own = Set(contact?.step.checks ?? [])
        for r in results where r.verdict == .fail || (r.verdict == .pass && own.contains(r.parameter)) {
            if r.verdict == .pass {
                out.line(out.styled("   ✓ \(r.parameter) \(r.name)", .green))
            } else {
                let tag = r.fatal ? " [FATAL]" : ""
                out.line(out.styled("   ✗ \(r.parameter) \(r.name)\(tag): \(r.evidence)", .red))
                if let s = r.suggestion { out.line(out.styled("     → \(s)", .yellow)) }
            }
        }
        renderScore()
    }

    /// The running score of the contact from the newest verdict of every parameter judged so far.
    func renderScore() {
        guard let c = contact, let score = try? runningScore(c) else { return }
        out.line(out.styled("   " + m(.runningScore, score.formatted, score.passed, score.failed), .dim))
    }
}
