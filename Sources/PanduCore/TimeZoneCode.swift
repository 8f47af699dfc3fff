import Foundation

/// Indonesia's three civil time zones.
public enum TimeZoneCode: String, Codable, Sendable, CaseIterable {
    case wib = "WIB"
    case wita = "WITA"
    case wit = "WIT"

    /// Offset from UTC in hours.
    public var hoursFromUTC: Int {
        switch self {
        case .wib: 7
        case .wita: 8
        case .wit: 9
        }
    }

    /// The Foundation time zone.
    public var timeZone: TimeZone { TimeZone(secondsFromGMT: hoursFromUTC * 3600)! }

    /// Minutes since local midnight of `date` in this zone.
    public func minuteOfDay(_ date: Date) -> Int {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + hoursFromUTC * 3600
        let day = 86_400
        return ((seconds % day) + day) % day / 60
    }

    /// `HH:MM` local time of `date` in this zone.
    public func localTime(_ date: Date) -> String {
        let m = minuteOfDay(date)
        return String(format: "%02d:%02d", m / 60, m % 60)
    }
}
