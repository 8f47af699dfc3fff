import Foundation
import PanduCore

/// The contact's score so far, from the newest verdict of each parameter judged.
struct RunningScore {
    var score: Double?
    var passed: Int
    var failed: Int
    var fatal: Bool

    /// `87.5`, `–` before anything was judged, `0 (FATAL)` after a fatal fail.
    var formatted: String {
        guard let score else { return "–" }
        let text = score.rounded() == score ? String(Int(score)) : String(format: "%.1f", score)
        return fatal ? "\(text) (FATAL)" : text
    }
}

extension Shell {
    /// Scores the live verdicts with the flow's standard, by the standard's formula.
    func runningScore(_ contact: Contact) throws -> RunningScore? {
        guard let id = contact.flow.standard, let standard = try context.standards().standard(id) else { return nil }
        let results = Array(contact.verdicts.values)
        let scored = QCResult.scoring(id: nil, standard: standard, results: results, scope: "snippet")
        let weighted = results.filter { !$0.fatal }
        return RunningScore(
            score: scored.score, passed: weighted.filter { $0.verdict == .pass }.count,
            failed: weighted.filter { $0.verdict == .fail }.count, fatal: scored.fatal)
    }
}
