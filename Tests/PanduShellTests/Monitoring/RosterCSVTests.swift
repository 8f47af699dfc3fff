import Foundation
import PanduCore
import Testing

@testable import PanduShell

/// Roster rows: night shifts, breaks after midnight, defaults, and one message per bad field.
@Suite struct RosterCSVTests {
    let reader = RosterCSV(file: "r.csv", utcOffsetSeconds: 7 * 3600, defaultAllowance: 60, people: ["1001", "1002"])
    static let header = "agent,date,shift_start,shift_end,breaks,aux_allowance_minutes,position\n"

    func read(_ text: String) -> Result<[RosterEntry], RosterProblems> { reader.read(Array(text.utf8)) }

    @Test func nightShiftAndBreakAfterMidnight() throws {
        let entries = try read(Self.header + "1001,2026-11-21,23:00,07:00,02:00-02:30,,malam\n").get()
        let s = try #require(entries.first?.shift)
        // 23:00 WIB = 16:00 UTC; the shift ends 07:00 WIB the next day, the break is at 02:00 the next day.
        #expect(s.start == Date(timeIntervalSince1970: 1_795_276_800))
        #expect(s.end.timeIntervalSince(s.start) == 8 * 3600)
        let breakStart = try #require(s.plannedBreaks.first).start
        #expect(Int(breakStart.timeIntervalSince(s.start).rounded()) == 10_800)
        #expect(s.auxAllowanceMinutes == 60)
        #expect(entries.first?.position == "malam")
        #expect(entries.first?.line == 2)
    }

    @Test func everyBadFieldIsNamed() throws {
        let text =
            Self.header + "1001,2026-02-30,08:00,16:00,,,\n1002,2026-11-21,08:00,08:00,,,\n"
            + "1001,2026-11-21,08:00,16:00,12:00,,\n1002,2026-11-22,08:00,16:00,,-5,\n"
            + "1002,2026-11-23,08:00,16:00,,,\n1002,2026-11-23,15:00,20:00,,,\n"
        guard case .failure(let p) = read(text) else {
            Issue.record("expected problems")
            return
        }
        #expect(p.lines.count == 5, "\(p.lines)")
        #expect(p.lines.contains { $0.hasPrefix("r.csv:2: field date: \"2026-02-30\"") })
        #expect(p.lines.contains { $0.hasPrefix("r.csv:3: field shift_end: \"08:00\"") })
        #expect(p.lines.contains { $0.hasPrefix("r.csv:4: field breaks: \"12:00\"") })
        #expect(p.lines.contains { $0.hasPrefix("r.csv:5: field aux_allowance_minutes: \"-5\"") })
        #expect(p.lines.contains { $0.hasPrefix("r.csv:7: field shift_start") && $0.contains("line 6") })
    }

    @Test func headerProblems() {
        guard case .failure(let p) = read("agent,date,start\n1001,2026-11-21,08:00\n") else {
            Issue.record("expected problems")
            return
        }
        #expect(p.lines.contains { $0.contains("unknown column \"start\"") })
        #expect(p.lines.contains { $0.contains("no shift_start column") })
    }
}
