import ArgumentParser
import Foundation
import PanduCore
import PanduStore

/// `pandu qc evaluations show EVAL`: the form, its disputes and its history.
public struct QCEvaluationsShow: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show one evaluation: every parameter, the disputes and the full history.")

    @OptionGroup public var global: GlobalOptions
    @Argument(help: "The evaluation id.") var id: Int64
    @Option(help: "text or json.") var format: OutputFormat = .text

    public init() {}

    public func execute(_ context: AppContext, as person: Person?) throws {
        let m = context.messages
        guard let person else { throw ShellError.denied(m(.whoAreYou)) }
        let e = try EvaluationAccess(context: context, person: person).load(id)
        let qc = try context.qcStore()
        let disputes = try qc.disputes(evaluation: id)
        let history = try qc.history(evaluation: id)
        if format == .json {
            context.output.raw(JSONText.encode(EvaluationDocument(evaluation: e, disputes: disputes, history: history)))
            return
        }
        var lines = [
            m(
                .qcEvaluationHeader, e.id, e.sessionID?.rawValue ?? e.transcriptID ?? "-", e.agent, e.standard,
                e.standardVersion, e.evaluator, e.status.rawValue),
            m(.qcFormScore, e.score.map(ScoreText.format) ?? "-", e.fatal ? "FATAL" : "-", e.overall?.rawValue ?? "-"),
        ]
        lines += e.items.map(EvaluationForm.line)
        for d in disputes {
            lines.append(m(.qcDisputeLine, d.id, d.parameter, d.status.rawValue, d.reason, d.comment ?? "-"))
        }
        for h in history {
            lines.append(
                "#\(h.seq) \(context.times.format(h.at)) \(h.actor) \(h.action) → \(h.status.rawValue) "
                    + "\(h.score.map(ScoreText.format) ?? "-")\(h.detail.isEmpty ? "" : "  " + h.detail)")
        }
        context.output.raw(lines.joined(separator: "\n") + "\n")
    }
}

/// The JSON form of one evaluation.
struct EvaluationDocument: Encodable {
    let evaluation: QCEvaluation
    let disputes: [QCDispute]
    let history: [QCHistoryEntry]
}
