import ArgumentParser
import Foundation
import PanduCore
import PanduStore

/// `pandu qc ack EVAL`: the agent acknowledges a released (or resolved) evaluation of their own.
public struct QCAck: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "ack", abstract: "Acknowledge your released evaluation (the agent it evaluates only).")

    @OptionGroup public var global: GlobalOptions
    @Argument(help: "The evaluation id.") var id: Int64
    public static var roles: Set<Role>? { [.agent] }

    public init() {}

    public func execute(_ context: AppContext, as person: Person?) throws {
        let m = context.messages
        guard let person else { throw ShellError.denied(m(.whoAreYou)) }
        var evaluation = try EvaluationAccess(context: context, person: person).load(id)
        guard evaluation.agent == person.code else { throw ShellError.denied(m(.qcNotYourEvaluation, id)) }
        guard evaluation.status == .released || evaluation.status == .resolved else {
            throw ShellError.failure(m(.qcWrongStatus, id, evaluation.status.rawValue, "released, resolved"))
        }
        evaluation.status = .acknowledged
        let entry = QCHistoryEntry.after("acknowledged", of: evaluation, by: person.code, at: context.now, detail: "")
        try context.qcStore().updateEvaluation(evaluation, entry: entry)
        context.output.line(m(.qcAcknowledged, id))
    }
}
