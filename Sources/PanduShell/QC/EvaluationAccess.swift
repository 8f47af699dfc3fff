import Foundation
import PanduCore
import PanduStore

/// Who may see which evaluations: QC every one (a blind calibration form only their own until the round
/// closes); an agent their own once released; a TL their team's once released; desk and admin every released one.
struct EvaluationAccess {
    let context: AppContext
    let person: Person

    /// The evaluation `id`, or a refusal that names it.
    func load(_ id: Int64) throws -> QCEvaluation {
        let m = context.messages
        guard let evaluation = try context.qcStore().evaluation(id) else {
            throw ShellError.usage(m(.qcNoSuchEvaluation, id))
        }
        guard try canSee(evaluation) else { throw ShellError.denied(m(.qcNotYourEvaluation, id)) }
        return evaluation
    }

    /// Whether `person` may see `evaluation`.
    func canSee(_ e: QCEvaluation) throws -> Bool {
        if let round = e.calibrationID {
            guard person.role == .qc || person.role == .admin else { return false }
            let open = try context.qcStore().calibration(round)?.isOpen ?? false
            return !open || e.evaluator == person.code
        }
        if person.role == .qc { return true }
        guard e.status != .submitted else { return false }
        guard let agents = try SessionAccess(store: context.store(), person: person).visibleAgents() else {
            return true
        }
        return agents.contains(e.agent)
    }

    /// The statuses `person` may list.
    var visibleStatuses: [QCEvaluation.Status]? {
        person.role == .qc ? nil : QCEvaluation.Status.allCases.filter { $0 != .submitted && $0 != .calibration }
    }
}
