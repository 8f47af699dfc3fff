import Foundation
import Testing

@testable import PanduCore

@Suite("IntervalGrid and CivilTime")
struct IntervalGridTests {
    static let t0 = MonitoringFixtures.t0
    static let wib = MonitoringFixtures.wib

    @Test func civilDatesRoundTrip() {
        #expect(CivilTime.days(year: 1970, month: 1, day: 1) == 0)
        #expect(CivilTime.epoch(year: 2026, month: 11, day: 21, hour: 8, utcOffsetSeconds: Self.wib) == Self.t0)
        #expect(CivilTime.localDate(Self.t0, utcOffsetSeconds: Self.wib) == (2026, 11, 21))
        // 06:59 WIB is still the 21st; 23:30 UTC on the 20th is the 21st in WIB.
        #expect(CivilTime.localDate(Self.t0 - 3600 * 16, utcOffsetSeconds: Self.wib) == (2026, 11, 20))
        #expect(CivilTime.date(days: CivilTime.days(year: 2024, month: 2, day: 29)) == (2024, 2, 29))
    }

    @Test func halfHourSlotsAlignToLocalClock() {
        let grid = IntervalGrid(.minutes(30), from: Self.t0 + 600, to: Self.t0 + 3600, utcOffsetSeconds: Self.wib)
        #expect(
            grid.spans == [
                TimeSpan(start: Self.t0, end: Self.t0 + 1800), TimeSpan(start: Self.t0 + 1800, end: Self.t0 + 3600),
            ])
        let quarter = IntervalGrid(.minutes(15), from: Self.t0, to: Self.t0 + 3600, utcOffsetSeconds: Self.wib)
        #expect(quarter.spans.count == 4)
    }

    @Test func daysAndMonthsInLocalTime() {
        let midnight = CivilTime.epoch(year: 2026, month: 11, day: 21, utcOffsetSeconds: Self.wib)
        let days = IntervalGrid(.day, from: Self.t0, to: Self.t0 + 86_400, utcOffsetSeconds: Self.wib)
        #expect(days.spans.first == TimeSpan(start: midnight, end: midnight + 86_400))
        #expect(days.spans.count == 2)
        let months = IntervalGrid(.month, from: Self.t0, to: Self.t0 + 60 * 86_400, utcOffsetSeconds: Self.wib)
        let nov = CivilTime.epoch(year: 2026, month: 11, day: 1, utcOffsetSeconds: Self.wib)
        let dec = CivilTime.epoch(year: 2026, month: 12, day: 1, utcOffsetSeconds: Self.wib)
        let jan = CivilTime.epoch(year: 2027, month: 1, day: 1, utcOffsetSeconds: Self.wib)
        #expect(months.spans.prefix(2) == [TimeSpan(start: nov, end: dec), TimeSpan(start: dec, end: jan)])
    }

    @Test func overlappingShiftsAreAllowed() {
        let shifts = [
            IntervalGrid.ShiftWindow(name: "pagi", startMinute: 7 * 60, minutes: 8 * 60),
            IntervalGrid.ShiftWindow(name: "siang", startMinute: 13 * 60, minutes: 8 * 60),
            IntervalGrid.ShiftWindow(name: "malam", startMinute: 22 * 60, minutes: 9 * 60),
        ]
        let midnight = CivilTime.epoch(year: 2026, month: 11, day: 21, utcOffsetSeconds: Self.wib)
        let grid = IntervalGrid.shifts(shifts, from: midnight, to: midnight + 86_400, utcOffsetSeconds: Self.wib)
        // The previous night's shift (22:00-07:00) runs into the day, then pagi, siang, malam.
        #expect(grid.spans.count == 4)
        #expect(grid.spans[0] == TimeSpan(start: midnight - 7200, end: midnight + 7 * 3600))
        #expect(grid.spans[2] == TimeSpan(start: midnight + 13 * 3600, end: midnight + 21 * 3600))
        let rows = KPICalculator().rows(MonitoringFixtures.episodes(MonitoringFixtures.callLog), grid: grid)
        // 08:00-08:35 calls fall in the pagi shift only (07:00-15:00); the 13:00 shift does not see them.
        #expect(rows.map(\.counts.offered) == [0, 12, 0, 0])
    }
}
