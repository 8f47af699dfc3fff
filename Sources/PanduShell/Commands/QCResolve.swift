import ArgumentParser
import Foundation
import PanduCore
import PanduStore

/// `pandu qc resolve DISPUTE --accept|--reject --comment …`: another QC officer decides a dispute; on
/// accept the parameter's verdict changes and the score is worked out again; the history keeps both.
public struct QCResolve: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "resolve",
        abstract:
            "Decide a dispute (a QC officer other than the evaluator); accepting changes the verdict and rescores.",
        discussion:
            "On --accept the parameter becomes --verdict (default: pass when it was fail or na, fail when it was pass)."
    )

    @OptionGroup public var global: GlobalOptions
    @Argument(help: "The dispute id.") var id: Int64
    @Flag(help: "The agent is right.") var accept = false
    @Flag(help: "The verdict stands.") var reject = false
    @Option(help: "The verdict the parameter gets on --accept: pass, fail or na.") var verdict: String?
    @Option(help: "Why (required).") var comment: String
    public static var roles: Set<Role>? { [.qc] }

    public init() {}

    public func execute(_ context: AppContext, as person: Person?) throws {
        let m = context.messages
        guard let person else { throw ShellError.denied(m(.whoAreYou)) }
        guard accept != reject else { throw ShellError.usage(m(.qcAcceptOrReject)) }
        let text = comment.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw ShellError.usage(m(.reviewEmptyText)) }
        let qc = try context.qcStore()
        guard var dispute = try qc.dispute(id) else { throw ShellError.usage(m(.qcNoSuchDispute, id)) }
        guard dispute.status == .open else {
            throw ShellError.failure(m(.qcDisputeDecided, id, dispute.status.rawValue))
        }
        var evaluation = try EvaluationAccess(context: context, person: person).load(dispute.evaluationID)
        guard evaluation.evaluator != person.code else { throw ShellError.denied(m(.qcResolverIsEvaluator, id)) }
        guard let standard = try context.standards().standard(evaluation.standard) else {
            throw ShellError.failure(m(.qcNoStandard, evaluation.standard))
        }
        let before = evaluation.score
        if accept {
            let old = evaluation.item(dispute.parameter)?.verdict ?? .na
            guard let new = try newVerdict(old, m) else { return }
            if let i = evaluation.items.firstIndex(where: { $0.parameter == dispute.parameter }) {
                evaluation.items[i].verdict = new
                evaluation.items[i].comment = "dispute \(id): \(text)"
            }
            evaluation.rescore(by: standard)
            dispute.newVerdict = new
        }
        dispute.status = accept ? .accepted : .rejected
        dispute.resolver = person.code
        dispute.resolvedAt = context.now
        dispute.comment = text
        let stillOpen = try qc.disputes(evaluation: evaluation.id).contains { $0.status == .open && $0.id != id }
        evaluation.status = stillOpen ? .disputed : .resolved
        let score = { (s: Double?) in s.map(ScoreText.format) ?? "-" }
        let detail =
            "dispute \(id) \(dispute.status.rawValue) (\(dispute.parameter)): \(text); score \(score(before)) → \(score(evaluation.score))"
        let entry = QCHistoryEntry.after("resolved", of: evaluation, by: person.code, at: context.now, detail: detail)
        try qc.resolveDispute(dispute, evaluation: evaluation, entry: entry)
        context.output.line(m(.qcDisputeResolved, id, dispute.status.rawValue, score(before), score(evaluation.score)))
    }

    private func newVerdict(_ old: Verdict, _ m: Messages) throws -> Verdict? {
        guard let verdict else { return old == .pass ? .fail : .pass }
        guard let v = Verdict(rawValue: verdict) else { throw ShellError.usage(m(.qcBadVerdict, verdict, "--verdict")) }
        return v
    }
}
