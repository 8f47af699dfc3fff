import ArgumentParser
import Foundation
import PanduCore
import PanduStore

/// `pandu qc dispute EVAL --param P --reason R`: the agent disputes one parameter within the window.
public struct QCDisputeCommand: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "dispute",
        abstract: "Dispute one parameter of your released evaluation, within the window of knowledge/qc.yaml.",
        discussion: "Another QC officer than the evaluator decides it with `pandu qc resolve`.")

    @OptionGroup public var global: GlobalOptions
    @Argument(help: "The evaluation id.") var id: Int64
    @Option(help: "The parameter disputed, e.g. 147-C2.") var param: String
    @Option(help: "Why the verdict is wrong.") var reason: String
    public static var roles: Set<Role>? { [.agent] }

    public init() {}

    public func execute(_ context: AppContext, as person: Person?) throws {
        let m = context.messages
        guard let person else { throw ShellError.denied(m(.whoAreYou)) }
        let qc = try context.qcStore()
        var evaluation = try EvaluationAccess(context: context, person: person).load(id)
        guard evaluation.agent == person.code else { throw ShellError.denied(m(.qcNotYourEvaluation, id)) }
        guard [.released, .disputed, .resolved].contains(evaluation.status), let released = evaluation.releasedAt else {
            throw ShellError.failure(m(.qcWrongStatus, id, evaluation.status.rawValue, "released"))
        }
        let days = try context.qcSettings().disputeWindowDays
        let closes = released.addingTimeInterval(Double(days) * 86_400)
        guard context.now <= closes else {
            throw ShellError.failure(m(.qcDisputeWindowClosed, id, context.times.format(closes)))
        }
        let parameter = ParameterID(param)
        guard evaluation.item(parameter) != nil else {
            throw ShellError.usage(
                m(
                    .qcUnknownParameter, param, evaluation.standard,
                    evaluation.items.map(\.parameter.rawValue).joined(separator: ", ")))
        }
        let text = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw ShellError.usage(m(.reviewEmptyText)) }
        if try qc.disputes(evaluation: id).contains(where: { $0.parameter == parameter && $0.status == .open }) {
            throw ShellError.failure(m(.qcDisputeAlreadyOpen, param, id))
        }
        evaluation.status = .disputed
        let entry = QCHistoryEntry.after(
            "disputed", of: evaluation, by: person.code, at: context.now, detail: "\(param): \(text)")
        let dispute = try qc.openDispute(
            QCDispute(evaluationID: id, parameter: parameter, reason: text, agent: person.code, openedAt: context.now),
            evaluation: evaluation, entry: entry)
        context.output.line(m(.qcDisputeOpened, dispute.id, param, id))
    }
}
