import Foundation

/// The time-of-day greeting word (pagi / siang / sore / malam) for a local time, per the standards'
/// inclusive windows: pagi 00:01-10:00, siang 10:01-15:00, sore 15:01-18:00, malam 18:01-24:00 (00:00 = malam).
public enum GreetingTime: String, Codable, Sendable, CaseIterable {
    case pagi, siang, sore, malam

    /// The greeting for a minute of the local day (0 = 00:00).
    public static func at(minuteOfDay m: Int) -> GreetingTime {
        switch m {
        case 1...600: .pagi
        case 601...900: .siang
        case 901...1080: .sore
        default: .malam
        }
    }

    /// The greeting for `date` in the customer's zone.
    public static func at(_ date: Date, zone: TimeZoneCode) -> GreetingTime {
        at(minuteOfDay: zone.minuteOfDay(date))
    }
}
