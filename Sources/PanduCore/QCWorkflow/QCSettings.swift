/// The QC workflow's rules as data (`knowledge/qc.yaml`).
public struct QCSettings: Hashable, Sendable {
    /// Days after release in which the agent may dispute a parameter.
    public var disputeWindowDays: Int
    /// Sessions drawn per agent when `qc sample` is not told otherwise.
    public var samplePerAgent: Int
    /// A parameter whose officers agree less than this share is named in the calibration report.
    public var calibrationAgreementTarget: Double

    /// Settings as read from the knowledge folder.
    public init(disputeWindowDays: Int = 3, samplePerAgent: Int = 5, calibrationAgreementTarget: Double = 0.8) {
        self.disputeWindowDays = disputeWindowDays
        self.samplePerAgent = samplePerAgent
        self.calibrationAgreementTarget = calibrationAgreementTarget
    }
}
