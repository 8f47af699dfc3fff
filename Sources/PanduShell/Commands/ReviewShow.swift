import ArgumentParser
import Foundation
import PanduCore
import PanduStore

/// `pandu review show SESSION`: one contact as a timeline with its summary, coaching notes, discipline
/// records and released QC evaluations.
public struct ReviewShow: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "show",
        abstract:
            "Show one contact as a timeline: steps with times, utterances with verdicts, holds (long ones flagged), captures, callbacks, escalations, notes."
    )

    @OptionGroup public var global: GlobalOptions
    @Argument(help: "The session id.") var id: String
    @Option(help: "text or json.") var format: OutputFormat = .text

    public init() {}

    public func execute(_ context: AppContext, as person: Person?) throws {
        let (session, events) = try SessionLoader(context: context, person: person).load(SessionID(id))
        let masked = events.map { EventMasking.mask($0) }
        let review = try context.reviewStore()
        try SessionSummarizer(context: context).catchUp()
        let summary = try review.summary(session.id)
        let notes = try review.notes(session: session.id)
        let discipline = try review.disciplineRecords(agent: session.agent).filter { $0.sessionID == session.id }
        var evaluations = try context.qcStore().evaluations(EvaluationQuery(session: session.id))
        if person?.role == .agent { evaluations = evaluations.filter { $0.status != .submitted } }
        let settings = try context.reviewSettings()
        if format == .json {
            let document = ReviewDocument(
                session: session, summary: summary, events: masked, notes: notes, discipline: discipline,
                evaluations: evaluations)
            context.output.raw(JSONText.encode(document))
            return
        }
        var timeline = SessionTimeline(context: context)
        timeline.holdLimit = settings.holdLimitSeconds
        context.output.raw(timeline.render(session: session, events: masked))
        context.output.raw(extras(summary, notes, discipline, evaluations, settings.ahtTargets[session.flow], context))
    }

    private func extras(
        _ summary: SessionSummary?, _ notes: [ReviewNote], _ discipline: [DisciplineRecord],
        _ evaluations: [QCEvaluation], _ target: Int?, _ context: AppContext
    ) -> String {
        let m = context.messages
        var lines: [String] = []
        if let s = summary {
            let score = s.score.map(ScoreText.format) ?? "-"
            let failed = s.failed.map(\.rawValue).joined(separator: " ")
            lines.append(
                m(
                    .reviewSummaryLine, s.handlingSeconds, target.map(String.init) ?? "-", s.holdCount,
                    s.longestHoldSeconds, score, s.fatal ? "FATAL" : "-", failed.isEmpty ? "-" : failed))
        }
        for n in notes { lines.append(m(.reviewNoteLine, context.times.format(n.at), n.author, n.text)) }
        for d in discipline {
            lines.append(m(.reviewDisciplineLine, context.times.format(d.at), d.author, d.rule, d.action))
        }
        for e in evaluations {
            lines.append(
                m(.reviewEvaluationLine, e.id, e.evaluator, e.status.rawValue, e.score.map(ScoreText.format) ?? "-"))
        }
        return lines.isEmpty ? "" : "\n" + lines.joined(separator: "\n") + "\n"
    }
}

/// The JSON form of `review show`.
struct ReviewDocument: Encodable {
    let session: SessionRecord
    let summary: SessionSummary?
    let events: [HandlingEvent]
    let notes: [ReviewNote]
    let discipline: [DisciplineRecord]
    let evaluations: [QCEvaluation]
}
