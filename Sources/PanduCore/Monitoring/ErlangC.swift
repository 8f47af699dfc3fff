import Foundation

/// Erlang C staffing maths exactly as pyworkforce's `ErlangC` (rodrigo-arenas/pyworkforce,
/// `pyworkforce/queuing/erlang.py`, MIT; spec §3.8), in seconds instead of minutes: the results depend only
/// on ratios, so the units cancel. No abandonment (M/M/N).
public struct ErlangC: Hashable, Sendable {
    public let transactions: Double
    public let intervalSeconds: Double
    public let ahtSeconds: Double
    /// The target answer time T of the service level (pyworkforce calls it `asa`).
    public let targetAnswerSeconds: Double
    /// Fraction of paid time not available, in [0, 1).
    public let shrinkage: Double
    /// Traffic intensity A in Erlangs = transactions / interval × AHT.
    public let intensity: Double

    /// Validates like pyworkforce: everything positive, shrinkage in [0, 1).
    public init(
        transactions: Double, intervalSeconds: Double, ahtSeconds: Double, targetAnswerSeconds: Double,
        shrinkage: Double = 0
    ) throws(MonitoringError) {
        try Self.positive("transactions", transactions)
        try Self.positive("ahtSeconds", ahtSeconds)
        try Self.positive("targetAnswerSeconds", targetAnswerSeconds)
        try Self.positive("intervalSeconds", intervalSeconds)
        guard shrinkage >= 0, shrinkage < 1 else {
            throw .invalidArgument(name: "shrinkage", value: "\(shrinkage)", expected: "a fraction in [0, 1)")
        }
        self.transactions = transactions
        self.intervalSeconds = intervalSeconds
        self.ahtSeconds = ahtSeconds
        self.targetAnswerSeconds = targetAnswerSeconds
        self.shrinkage = shrinkage
        intensity = transactions / intervalSeconds * ahtSeconds
    }

    /// P(wait): Erlang B by the recursion B⁻¹ ← 1 + B⁻¹·k/A, then Pw = N·B / (N − A·(1 − B)).
    public func waitingProbability(positions: Int, scalePositions: Bool = false) throws(MonitoringError) -> Double {
        let n = try productive(positions, scalePositions)
        var inverse = 1.0
        for k in 1...n { inverse = 1 + inverse * Double(k) / intensity }
        let b = 1 / inverse
        return Double(n) * b / (Double(n) - intensity * (1 - b))
    }

    /// SL(N) = max(0, 1 − Pw · exp(−(N − A) · T / AHT)).
    public func serviceLevel(positions: Int, scalePositions: Bool = false) throws(MonitoringError) -> Double {
        let n = try productive(positions, scalePositions)
        let pw = try waitingProbability(positions: n)
        return max(0, 1 - pw * exp(-(Double(n) - intensity) * (targetAnswerSeconds / ahtSeconds)))
    }

    /// Expected average speed of answer in seconds: Pw · AHT / (N − A) (not in pyworkforce, same model).
    public func averageSpeedOfAnswer(positions: Int, scalePositions: Bool = false) throws(MonitoringError) -> Double {
        let n = try productive(positions, scalePositions)
        return try waitingProbability(positions: n) * ahtSeconds / (Double(n) - intensity)
    }

    /// Occupancy = A / N.
    public func occupancy(positions: Int, scalePositions: Bool = false) throws(MonitoringError) -> Double {
        intensity / Double(try productive(positions, scalePositions))
    }

    /// pyworkforce's `required_positions`: the smallest N from round(A + 1) (half to even, as Python) with
    /// SL ≥ target; if its occupancy exceeds `maxOccupancy`, N = ceil(A / maxOccupancy); then
    /// positions = ceil(N / (1 − shrinkage)).
    public func requiredPositions(
        serviceLevel target: Double, maxOccupancy: Double = 1
    ) throws(MonitoringError)
        -> ErlangCRequirement
    {
        guard target >= 0, target <= 1 else {
            throw .invalidArgument(name: "serviceLevel", value: "\(target)", expected: "a fraction between 0 and 1")
        }
        guard maxOccupancy > 0, maxOccupancy <= 1 else {
            throw .invalidArgument(name: "maxOccupancy", value: "\(maxOccupancy)", expected: "a fraction in (0, 1]")
        }
        var n = Int((intensity + 1).rounded(.toNearestOrEven))
        var sl = try serviceLevel(positions: n)
        while sl < target {
            n += 1
            sl = try serviceLevel(positions: n)
        }
        var occ = try occupancy(positions: n)
        if occ > maxOccupancy {
            n = Int((intensity / maxOccupancy).rounded(.up))
            occ = try occupancy(positions: n)
            sl = try serviceLevel(positions: n)
        }
        let pw = try waitingProbability(positions: n)
        let staffed = Int((Double(n) / (1 - shrinkage)).rounded(.up))
        return ErlangCRequirement(
            rawPositions: n, positions: staffed, serviceLevel: sl, occupancy: occ, waitingProbability: pw)
    }

    /// Positions that actually take calls: floor((1 − shrinkage) · N) when scaled; must exceed the traffic.
    func productive(_ positions: Int, _ scale: Bool) throws(MonitoringError) -> Int {
        let n = scale ? Int(((1 - shrinkage) * Double(positions)).rounded(.down)) : positions
        guard n > 0 else {
            throw .invalidArgument(
                name: "positions", value: "\(positions)", expected: "more than 0 productive positions")
        }
        guard Double(n) > intensity else { throw .unstableQueue(traffic: intensity, positions: n) }
        return n
    }

    static func positive(_ name: String, _ value: Double) throws(MonitoringError) {
        guard value > 0, value.isFinite else {
            throw .invalidArgument(name: name, value: "\(value)", expected: "a number greater than 0")
        }
    }
}
