import Foundation
import PanduCore
import Testing

@testable import PanduShell

@Suite struct TimeParserTests {
    @Test func formattingByArithmeticMatchesDateFormatter() {
        let reference = DateFormatter()
        reference.locale = Locale(identifier: "en_US_POSIX")
        reference.dateFormat = "yyyy-MM-dd HH:mm:ss"
        for zone in [TimeZoneCode.wib, .wita, .wit] {
            reference.timeZone = zone.timeZone
            let parser = TimeParser(zone: zone)
            // Midnight edges, a leap day, a year end in UTC that is the next year locally, a fraction of a second.
            for seconds in [0.0, 1_709_164_799, 1_709_164_800.999, 1_798_761_599.5, 1_798_736_400, 1_763_683_200] {
                let date = Date(timeIntervalSince1970: seconds)
                #expect(parser.format(date) == reference.string(from: date), "\(zone) \(seconds)")
            }
        }
    }

    @Test func isoByArithmeticMatchesISO8601DateFormatter() {
        let reference = ISO8601DateFormatter()
        reference.formatOptions = [.withInternetDateTime]
        for zone in [TimeZoneCode.wib, .wita, .wit] {
            reference.timeZone = zone.timeZone
            let parser = TimeParser(zone: zone)
            for seconds in [0.0, 1_709_164_799, 1_709_164_800.999, 1_798_761_599.5, 1_798_736_400, 1_763_683_200] {
                let date = Date(timeIntervalSince1970: seconds)
                #expect(parser.iso(date) == reference.string(from: date), "\(zone) \(seconds)")
            }
        }
    }
}
