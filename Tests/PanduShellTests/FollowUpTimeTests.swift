import Foundation
import PanduCore
import Testing

@testable import PanduShell

/// The fast time formatting of lists and reports writes exactly what the Foundation formatters write.
@Suite struct FollowUpTimeTests {
    static let instants: [Date] = [
        Date(timeIntervalSince1970: 0), Date(timeIntervalSince1970: 1_795_228_200.123),
        Date(timeIntervalSince1970: 1_795_305_599.999), Date(timeIntervalSince1970: 951_782_400.5),  // 2000-02-29
        Date(timeIntervalSince1970: -86_400.25),
    ]

    @Test(arguments: instants)
    func isoMatchesISOTime(_ date: Date) {
        #expect(FollowUpDesk.iso(date) == ISOTime.string(date))
    }

    @Test(arguments: instants)
    func siteTimeMatchesTimeParser(_ date: Date) {
        for zone in TimeZoneCode.allCases {
            #expect(FollowUpDesk.time(date, zone: zone) == TimeParser(zone: zone).format(date))
        }
    }
}
