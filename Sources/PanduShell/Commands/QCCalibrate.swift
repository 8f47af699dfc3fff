import ArgumentParser
import Foundation
import PanduCore
import PanduStore

/// `pandu qc calibrate SESSION --officers A,B,C`: opens a blind calibration round.
public struct QCCalibrate: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "calibrate",
        abstract:
            "Open a blind calibration round: each officer scores the contact with `qc evaluate SESSION --calibration ID`.",
        discussion: """
            No officer sees another's form until the round closes (when the last officer submits, or with
            `pandu qc calibration close ID`); then `pandu qc calibration report ID` compares them.
            """)

    @OptionGroup public var global: GlobalOptions
    @Argument(help: "The session id.") var session: String
    @Option(help: "The QC officers' codes, comma-separated (at least two).") var officers: String
    public static var roles: Set<Role>? { [.qc] }

    public init() {}

    public func execute(_ context: AppContext, as person: Person?) throws {
        let m = context.messages
        guard let person else { throw ShellError.denied(m(.whoAreYou)) }
        let store = try context.store()
        guard let s = try store.session(SessionID(session)) else { throw ShellError.usage(m(.noSuchSession, session)) }
        let codes = officers.split(separator: ",").map { PersonCode($0.trimmingCharacters(in: .whitespaces)) }
        guard Set(codes).count >= 2, Set(codes).count == codes.count else {
            throw ShellError.usage(m(.qcCalibrationOfficers, officers))
        }
        for code in codes where try store.person(code)?.role != .qc {
            throw ShellError.usage(m(.qcNotAnOfficer, code))
        }
        let round = try context.qcStore().createCalibration(
            QCCalibration(sessionID: s.id, officers: codes, openedBy: person.code, openedAt: context.now))
        context.output.line(m(.qcCalibrationOpened, round.id, s.id, codes.map(\.rawValue).joined(separator: ", ")))
    }
}
