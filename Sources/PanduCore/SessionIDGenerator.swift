import Foundation

/// Makes session ids that sort by start time and do not collide between processes:
/// `S20261121-080512-7f3a` (UTC date and time, then random hex).
public struct SessionIDGenerator: Sendable {
    public init() {}

    /// A new id for a contact started at `date`.
    public func make(at date: Date) -> SessionID {
        var rng = SystemRandomNumberGenerator()
        return make(at: date, using: &rng)
    }

    /// A new id using the given random source (for reproducible tests).
    public func make<R: RandomNumberGenerator>(at date: Date, using rng: inout R) -> SessionID {
        let seconds = Int(date.timeIntervalSince1970)
        let days = seconds / 86_400
        let (y, m, d) = CivilTime.date(days: days)
        let t = seconds % 86_400
        let suffix = String(format: "%04x", UInt16.random(in: 0...UInt16.max, using: &rng))
        return SessionID(
            String(format: "S%04d%02d%02d-%02d%02d%02d-", y, m, d, t / 3600, t % 3600 / 60, t % 60) + suffix)
    }
}
