import Foundation
import PanduCore
import PanduKnowledge

extension Shell {
    /// `say TEXT` (or text typed alone on a contact): records what the agent said or wrote, checked at
    /// once against the parameters the step covers; the verdicts show under the line.
    func say(_ text: String) throws {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw ShellError.usage(m(.usage, "say TEKS")) }
        let c = contact!
        var draft = c.transcript(agentName: person!.onlineName, scope: "snippet")
        draft.turns.append(.agent(trimmed))
        // A closing greeting is judged on the time it is said, not on when the contact started.
        draft.context["closing_local_time"] = .string(c.session.customerZone.localTime(now))
        let results = try checker().checkLatestTurn(of: draft, parameters: c.step.checks)
        try write([engine.utterance(c, text: trimmed, results: results, at: now)])
        renderVerdicts(results)
    }

    /// `cust TEXT`: what the customer said, for the record and the transcript (never scored).
    func customerSaid(_ line: ArgumentLine) throws {
        guard !line.rest.isEmpty else { throw ShellError.usage(m(.usage, "cust TEKS")) }
        try write([engine.fact(contact!, .customerUtterance, data: ["text": .string(line.rest)], at: now)])
    }

    /// The phrase checker built from the standards, once per shell.
    func checker() throws -> PhraseChecker {
        if let checkerCache { return checkerCache }
        let built = try PhraseChecker(standards: try context.standards())
        checkerCache = built
        return built
    }
}
