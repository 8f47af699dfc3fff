import ArgumentParser
import Foundation
import PanduCore
import PanduStore

/// `pandu qc evaluate SESSION|TRANSCRIPT.json`: the QC form of the contact's standard pre-filled by the
/// checker; the officer confirms or overrides each parameter, fills the manual ones, and submits.
public struct QCEvaluate: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract:
            "Evaluate a contact (session id) or a transcript file on its standard's form, pre-filled by the checker.",
        discussion: """
            Without --submit the form is filled line by line from the terminal or from stdin: Enter keeps the
            proposed verdict, pass / fail / na changes it; an override of the checker asks for a comment; the
            manual parameters (intonation) are the officer's to judge. With --submit it runs without questions:
            --set PARAM=pass|fail|na and --comment PARAM=TEXT (both repeatable) change the pre-filled form; every
            override needs a comment. --preview prints the pre-filled form and writes nothing. The evaluation keeps
            the standard's version and the evaluator; the score follows the standard's formula (manual
            parameters judged by the officer count). Only QC officers evaluate.
            """)

    @OptionGroup public var global: GlobalOptions
    @Argument(help: "A session id, or a transcript file (JSON) to evaluate.") var target: String
    @Option(help: "For a transcript: the agent's login code.") var agent: String?
    @Option(name: .customLong("set"), help: "PARAM=pass|fail|na (repeatable).") var sets: [String] = []
    @Option(name: .customLong("comment"), help: "PARAM=TEXT (repeatable); required on each override.") var comments:
        [String] = []
    @Flag(help: "Submit without questions.") var submit = false
    @Flag(help: "Print the pre-filled form and exit; nothing is written.") var preview = false
    @Option(help: "Score as part of this calibration round (blind).") var calibration: Int64?
    @Option(help: "text or json.") var format: OutputFormat = .text
    public static var roles: Set<Role>? { [.qc] }

    public init() {}

    public func execute(_ context: AppContext, as person: Person?) throws {
        let m = context.messages
        guard let person, person.role == .qc else { throw ShellError.denied(m(.qcOnlyQC)) }
        let subject = try EvaluationSubject.load(target, agent: agent, context: context, person: person)
        let round = try checkCalibration(subject, person, context)
        var form = EvaluationForm(standard: subject.standard, result: subject.result)
        try FormAssignments(sets: sets, comments: comments, form: form, messages: m).apply(to: &form)
        if preview {
            context.output.raw(form.items.map(EvaluationForm.line).joined(separator: "\n") + "\n")
            return
        }
        if !submit {
            guard try EvaluationFormPrompt(context: context).fill(&form) else {
                throw ShellError.failure(m(.qcNotSubmitted))
            }
        }
        if let missing = form.overridesWithoutComment.first {
            throw ShellError.usage(m(.qcOverrideNeedsComment, missing))
        }
        let s = form.score
        let evaluation = QCEvaluation(
            sessionID: subject.sessionID, transcriptID: subject.transcriptID, agent: subject.agent,
            standard: subject.standard.id, standardVersion: subject.standard.version, evaluator: person.code,
            status: round == nil ? .submitted : .calibration, items: form.items, score: s.score, fatal: s.fatal,
            overall: s.overall, contactAt: subject.contactAt, createdAt: context.now, calibrationID: round?.id)
        let overrides = form.items.filter(\.isOverride).map { "\($0.parameter)=\($0.verdict.rawValue)" }
        let detail = overrides.isEmpty ? "" : "override " + overrides.joined(separator: ",")
        let stored = try context.qcStore().createEvaluation(
            evaluation, action: round == nil ? "submitted" : "calibration", detail: detail)
        if let round { try closeIfComplete(round, context) }
        if format == .json {
            context.output.raw(JSONText.encode(stored))
        } else {
            context.output.line(
                m(
                    .qcEvaluationSaved, stored.id, stored.score.map(ScoreText.format) ?? "-",
                    stored.overall?.rawValue ?? "-", stored.standard, stored.standardVersion))
        }
    }

    /// The calibration round this form belongs to, after checking the officer may fill it.
    private func checkCalibration(_ subject: EvaluationSubject, _ person: Person, _ context: AppContext) throws
        -> QCCalibration?
    {
        let m = context.messages
        let qc = try context.qcStore()
        guard let calibration else {
            if let id = subject.sessionID,
                try !qc.evaluations(EvaluationQuery(session: id)).isEmpty
            {
                throw ShellError.failure(m(.qcAlreadyEvaluated, id))
            }
            return nil
        }
        guard let round = try qc.calibration(calibration) else {
            throw ShellError.usage(m(.qcNoSuchCalibration, calibration))
        }
        guard round.isOpen else { throw ShellError.failure(m(.qcCalibrationClosed, calibration)) }
        guard round.sessionID == subject.sessionID else {
            throw ShellError.usage(m(.qcCalibrationOtherSession, calibration, round.sessionID))
        }
        guard round.officers.contains(person.code) else {
            throw ShellError.denied(m(.qcNotInCalibration, person.code, calibration))
        }
        let mine = try qc.evaluations(EvaluationQuery(evaluator: person.code, calibration: calibration))
        guard mine.isEmpty else { throw ShellError.failure(m(.qcCalibrationAlreadyScored, calibration)) }
        return round
    }

    /// Closes the round once every officer has scored.
    private func closeIfComplete(_ round: QCCalibration, _ context: AppContext) throws {
        let qc = try context.qcStore()
        let forms = try qc.evaluations(EvaluationQuery(calibration: round.id))
        if Set(forms.map(\.evaluator)).isSuperset(of: round.officers) {
            try qc.closeCalibration(round.id, at: context.now)
            context.output.line(context.messages(.qcCalibrationComplete, round.id))
        }
    }
}
