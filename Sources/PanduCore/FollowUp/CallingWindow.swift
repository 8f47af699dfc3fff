import Foundation

/// A daily span of local time, `HH:MM-HH:MM` (end exclusive): the calling hours of the retry policy,
/// or the time a customer asked to be called in.
public struct CallingWindow: Hashable, Codable, Sendable, CustomStringConvertible {
    /// Minutes after local midnight when the window opens.
    public var startMinute: Int
    /// Minutes after local midnight when it closes (exclusive).
    public var endMinute: Int

    public init(startMinute: Int, endMinute: Int) {
        self.startMinute = startMinute
        self.endMinute = endMinute
    }

    /// Parses `HH:MM-HH:MM`; nil unless both times are valid and the start comes first.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let start = Self.minute(String(parts[0])), let end = Self.minute(String(parts[1])),
            start < end
        else { return nil }
        self.init(startMinute: start, endMinute: end)
    }

    /// `HH:MM` as minutes after midnight (`24:00` allowed as the end of the day).
    public static func minute(_ text: String) -> Int? {
        let p = text.trimmingCharacters(in: .whitespaces).split(separator: ":")
        guard p.count == 2, p[0].count == 2, p[1].count == 2, let h = Int(p[0]), let m = Int(p[1]),
            (0...24).contains(h), (0..<60).contains(m), h * 60 + m <= 1440
        else { return nil }
        return h * 60 + m
    }

    public var description: String {
        String(format: "%02d:%02d-%02d:%02d", startMinute / 60, startMinute % 60, endMinute / 60, endMinute % 60)
    }

    /// The part of the day both windows share, or nil when they do not overlap.
    public func intersection(_ other: CallingWindow) -> CallingWindow? {
        let start = max(startMinute, other.startMinute)
        let end = min(endMinute, other.endMinute)
        return start < end ? CallingWindow(startMinute: start, endMinute: end) : nil
    }

    /// The earliest instant at or after `date` that falls inside the window, in `zone`'s local time.
    public func earliest(atOrAfter date: Date, zone: TimeZoneCode) -> Date {
        let minute = zone.minuteOfDay(date)
        if minute >= startMinute && minute < endMinute { return date }
        let offset = TimeInterval(zone.hoursFromUTC * 3600)
        let localSeconds = (date.timeIntervalSince1970 + offset).rounded(.down)
        let localMidnight = localSeconds - localSeconds.truncatingRemainder(dividingBy: 86_400) - offset
        let day = minute < startMinute ? localMidnight : localMidnight + 86_400
        return Date(timeIntervalSince1970: day + TimeInterval(startMinute * 60))
    }
}
