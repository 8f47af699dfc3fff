/// The answer of `ErlangC.requiredPositions`.
public struct ErlangCRequirement: Hashable, Sendable {
    /// Positions needed with no shrinkage.
    public var rawPositions: Int
    /// Positions to roster: raw / (1 − shrinkage), rounded up.
    public var positions: Int
    public var serviceLevel: Double
    public var occupancy: Double
    public var waitingProbability: Double

    /// Creates the value from its parts.
    public init(rawPositions: Int, positions: Int, serviceLevel: Double, occupancy: Double, waitingProbability: Double)
    {
        self.rawPositions = rawPositions
        self.positions = positions
        self.serviceLevel = serviceLevel
        self.occupancy = occupancy
        self.waitingProbability = waitingProbability
    }
}
