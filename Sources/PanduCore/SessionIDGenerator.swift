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
        let (y, m, d) = Self.civil(fromDays: days)
        let t = seconds % 86_400
        let suffix = String(format: "%04x", UInt16.random(in: 0...UInt16.max, using: &rng))
        return SessionID(
            String(format: "S%04d%02d%02d-%02d%02d%02d-", y, m, d, t / 3600, t % 3600 / 60, t % 60) + suffix)
    }

    /// Gregorian date from days since 1970-01-01 (Howard Hinnant's algorithm), without a calendar object.
    static func civil(fromDays z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}
