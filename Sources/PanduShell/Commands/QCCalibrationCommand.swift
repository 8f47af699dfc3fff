import ArgumentParser

/// `pandu qc calibration …`.
public struct QCCalibrationCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "calibration", abstract: "Close a calibration round or report on it.",
        subcommands: [QCCalibrationReport.self, QCCalibrationClose.self])
    public init() {}
}
