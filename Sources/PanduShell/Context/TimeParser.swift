import Foundation
import PanduCore

/// Parses the ISO 8601 dates and times of the command line (`2026-11-21`, `2026-11-21T08:00`,
/// `2026-11-21T08:00:00+07:00`, `…Z`), in the site's zone unless they carry an offset.
public struct TimeParser: Sendable {
    public let zone: TimeZoneCode
    public init(zone: TimeZoneCode) { self.zone = zone }

    /// The instant `text` names, or nil if it is not ISO 8601.
    public func parse(_ text: String) -> Date? {
        let t = text.trimmingCharacters(in: .whitespaces)
        if t.hasSuffix("Z") || t.range(of: #"[+-]\d\d:?\d\d$"#, options: .regularExpression) != nil {
            let f = ISO8601DateFormatter()
            f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
            if let d = f.date(from: t) { return d }
            f.formatOptions = [.withInternetDateTime]
            return f.date(from: t)
        }
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = zone.timeZone
        for pattern in ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd"] {
            f.dateFormat = pattern
            if let d = f.date(from: t) { return d }
        }
        return nil
    }

    /// `date` shown in the site's zone, `yyyy-MM-dd HH:mm:ss`.
    public func format(_ date: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = zone.timeZone
        f.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return f.string(from: date)
    }
}
