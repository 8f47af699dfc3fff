import ArgumentParser

/// `pandu qc …`: quality control against S-01 / S-03 / S-11.
public struct QCCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "qc", abstract: "Score transcripts against the service standards; evaluate, release, dispute, calibrate.",
        subcommands: [
            QCAuto.self, QCEvaluate.self, QCSampleCommand.self, QCRelease.self, QCAck.self, QCDisputeCommand.self,
            QCResolve.self, QCAudit.self, QCEvaluationsCommand.self, QCCalibrate.self, QCCalibrationCommand.self,
        ])
    public init() {}
}
