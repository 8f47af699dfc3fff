import ArgumentParser
import Foundation
import PanduCore
import PanduStore

/// `pandu qc calibration report ID`: per-parameter agreement, score spread, and each officer and the
/// checker against the consensus (the majority verdict).
public struct QCCalibrationReport: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "report",
        abstract:
            "Compare the officers of a closed calibration round: agreement per parameter, score spread, each against the consensus.",
        discussion: """
            Consensus = the verdict most officers gave (none on a tie); agreement = officers giving it ÷ officers.
            Each officer's and the checker's rate = parameters where they gave the consensus ÷ parameters with a
            consensus they judged (the checker does not judge manual parameters).
            """)

    @OptionGroup public var global: GlobalOptions
    @Argument(help: "The calibration id.") var id: Int64
    @Option(help: "markdown (or md), csv, json or html (a self-contained page with charts).")
    var format: DocumentFormat = .markdown
    public static var roles: Set<Role>? { [.qc, .admin] }

    public init() {}

    public func execute(_ context: AppContext, as person: Person?) throws {
        let m = context.messages
        let qc = try context.qcStore()
        guard let round = try qc.calibration(id) else { throw ShellError.usage(m(.qcNoSuchCalibration, id)) }
        guard !round.isOpen else { throw ShellError.failure(m(.qcCalibrationStillOpen, id)) }
        let forms = try qc.evaluations(EvaluationQuery(calibration: id))
        let byOfficer = Dictionary(forms.map { ($0.evaluator, $0) }, uniquingKeysWith: { a, _ in a })
        let officers = round.officers.compactMap { byOfficer[$0] }
        guard let first = officers.first, let session = try context.store().session(round.sessionID) else {
            throw ShellError.failure(m(.qcCalibrationEmpty, id))
        }
        let checker = try PhraseChecker(standards: try context.standards())
        let auto = try checker.score(try EvaluationSubject.transcript(of: session, context: context))
        let standard = try context.standards().standard(first.standard)
        let manual = Set(standard?.parameters.filter(\.manual).map(\.id) ?? [])
        let autoVerdicts = Dictionary(
            auto.results.filter { !manual.contains($0.parameter) }.map { ($0.parameter, $0.verdict) },
            uniquingKeysWith: { a, _ in a })
        let stats = CalibrationStatistics(
            parameters: first.items.map(\.parameter),
            officers: officers.map { ($0.evaluator.rawValue, $0.verdicts, $0.score) }, auto: autoVerdicts,
            autoScore: auto.score)
        let target = try context.qcSettings().calibrationAgreementTarget
        let page = ReportDocument.headed(
            form: "QC", title: "Kalibrasi \(round.id)", subtitle: "QC calibration round \(round.id)",
            period: "sesi \(round.sessionID.rawValue)", context: context, by: person)
        context.output.raw(
            CalibrationReportText(round: round, stats: stats, target: target, page: page).render(format))
    }
}
