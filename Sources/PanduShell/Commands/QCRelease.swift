import ArgumentParser
import Foundation
import PanduCore
import PanduStore

/// `pandu qc release EVAL`: shows a submitted evaluation to the agent; the dispute window starts.
public struct QCRelease: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "release", abstract: "Release a submitted evaluation to the agent (the dispute window starts now)."
    )

    @OptionGroup public var global: GlobalOptions
    @Argument(help: "The evaluation id.") var id: Int64
    public static var roles: Set<Role>? { [.qc] }

    public init() {}

    public func execute(_ context: AppContext, as person: Person?) throws {
        let m = context.messages
        guard let person else { throw ShellError.denied(m(.whoAreYou)) }
        var evaluation = try EvaluationAccess(context: context, person: person).load(id)
        guard evaluation.status == .submitted else {
            throw ShellError.failure(m(.qcWrongStatus, id, evaluation.status.rawValue, "submitted"))
        }
        evaluation.status = .released
        evaluation.releasedAt = context.now
        let entry = QCHistoryEntry.after("released", of: evaluation, by: person.code, at: context.now, detail: "")
        try context.qcStore().updateEvaluation(evaluation, entry: entry)
        let window = try context.qcSettings().disputeWindowDays
        context.output.line(m(.qcReleased, id, evaluation.agent, window))
    }
}
