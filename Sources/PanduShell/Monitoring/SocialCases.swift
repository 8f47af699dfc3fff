import Foundation
import PanduCore
import PanduStore

/// TelkomCare cases from Pandu's socmed sessions (spec §3.7): received at the captured `received_at`
/// (HH:MM on the session's day in the site's zone; the session start when absent or later), first reply
/// = the first agent `utterance`; cases closed as `no-answer-needed` (W-21) need no reply and are left out.
struct SocialCases {
    let events: any Store
    let zone: TimeZoneCode

    /// Cases of sessions started in `[from, to)`.
    func cases(from: Date, to: Date) throws -> [SocialCase] {
        try events.sessions(SessionQuery(service: .socmed, from: from, to: to)).compactMap { s in
            guard s.disposition != "no-answer-needed" else { return nil }
            let facts = try events.events(session: s.id)
            let received =
                facts.first { $0.type == .fieldCaptured && $0.string("field") == "received_at" }
                .flatMap { $0.string("value") }.flatMap { clock($0, on: s.startedAt) } ?? s.startedAt
            let reply = facts.first { $0.type == .utterance }?.at
            return SocialCase(id: s.id.rawValue, receivedAt: min(received, s.startedAt), firstReplyAt: reply)
        }
    }

    /// `HH:MM` on the local day of `day`; a time after `day` belongs to the day before (received before midnight).
    func clock(_ text: String, on day: Date) -> Date? {
        let parts = text.split(separator: ":").compactMap { Int($0) }
        guard parts.count >= 2, (0..<24).contains(parts[0]), (0..<60).contains(parts[1]) else { return nil }
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = zone.timeZone
        var c = cal.dateComponents([.year, .month, .day], from: day)
        c.hour = parts[0]
        c.minute = parts[1]
        guard let at = cal.date(from: c) else { return nil }
        return at > day.addingTimeInterval(60) ? at.addingTimeInterval(-86_400) : at
    }
}
