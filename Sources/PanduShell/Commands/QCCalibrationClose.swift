import ArgumentParser
import Foundation
import PanduCore
import PanduStore

/// `pandu qc calibration close ID`: ends a round early so its forms can be compared.
public struct QCCalibrationClose: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "close", abstract: "Close a calibration round (forms become visible to each other).")

    @OptionGroup public var global: GlobalOptions
    @Argument(help: "The calibration id.") var id: Int64
    public static var roles: Set<Role>? { [.qc] }

    public init() {}

    public func execute(_ context: AppContext, as person: Person?) throws {
        let m = context.messages
        let qc = try context.qcStore()
        guard let round = try qc.calibration(id) else { throw ShellError.usage(m(.qcNoSuchCalibration, id)) }
        guard round.isOpen else { throw ShellError.failure(m(.qcCalibrationClosed, id)) }
        try qc.closeCalibration(id, at: context.now)
        context.output.line(m(.qcCalibrationComplete, id))
    }
}
