import Foundation
import PanduCore
import PanduStore

/// The follow-up work of one person: callbacks, escalations and directory corrections, with their
/// permissions. Shared by the shell and the one-shot commands, so both refuse and record alike: a refusal
/// is `ShellError.denied` thrown before anything is written.
struct FollowUpDesk {
    let context: AppContext
    let person: Person

    var m: Messages { context.messages }
    var now: Date { context.now }
    func store() throws -> any FollowUpStore { try context.followUps() }

    /// Whether `person` may read customers' numbers in full: Tier 2 calls them back.
    static func readsNumbers(_ person: Person) -> Bool { person.skills.contains(.tier2) }

    /// Whether `person` works the Tier 2 queue (skilled for it, or not restricted to any skill).
    static func worksTier2(_ person: Person) -> Bool {
        person.skills.isEmpty ? person.role == .agent : person.skills.contains(.tier2)
    }

    /// Whether `person` leads or supervises (TL, desk control / supervisor, admin).
    static func leads(_ person: Person) -> Bool { [.tl, .desk, .admin].contains(person.role) }

    /// Refuses unless `person` leads.
    func requireLead() throws {
        guard Self.leads(person) else {
            throw ShellError.denied(m(.roleDenied, person.code, person.role.rawValue, "admin, desk, tl"))
        }
    }

    /// Free text (reasons, notes) with any phone number or e-mail in it masked unless `person` reads numbers.
    func shownText(_ text: String) -> String { Self.readsNumbers(person) ? text : Masking.text(text) }

    /// `number` as `person` may read it.
    func shown(_ number: String) -> String { Self.readsNumbers(person) ? number : Masking.number(number) }

    /// Runs a store change whose closure may refuse: `keep` marks the refusal so that it reaches the person
    /// as itself (exit 1 with its message) instead of as a store failure; nothing is written either way.
    func guarded<T>(_ body: (_ keep: (Error) -> Error) throws -> T) throws -> T {
        var kept: Error?
        do {
            return try body({ error in
                kept = error
                return error
            })
        } catch {
            throw kept ?? error
        }
    }

    /// `date` in UTC as every export writes it (`ISOTime.string`'s form), computed for the same reason as `time`.
    static func iso(_ date: Date) -> String {
        let ms = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
        let seconds = ms >= 0 ? ms / 1000 : (ms - 999) / 1000
        let days = Int(seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
        let rest = Int(seconds - Int64(days) * 86_400)
        let d = CivilTime.date(days: days)
        let day = digits(d.year, 4) + "-" + digits(d.month, 2) + "-" + digits(d.day, 2)
        let clock = digits(rest / 3600, 2) + ":" + digits(rest % 3600 / 60, 2) + ":" + digits(rest % 60, 2)
        return day + "T" + clock + "." + digits(Int(ms - seconds * 1000), 3) + "Z"
    }

    /// `value` with leading zeros to `width` digits (String(format:) is slow in bulk).
    static func digits(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }

    /// A time as shown to people, in the site's zone (`yyyy-MM-dd HH:mm:ss`, like `TimeParser.format`);
    /// computed, not through a DateFormatter, because lists and reports format tens of thousands.
    func time(_ date: Date?) -> String { date.map { Self.time($0, zone: context.siteZone) } ?? "" }

    /// `date` in `zone` as `yyyy-MM-dd HH:mm:ss`.
    static func time(_ date: Date, zone: TimeZoneCode) -> String {
        let offset = zone.hoursFromUTC * 3600
        let local = Int64(date.timeIntervalSince1970.rounded(.down)) + Int64(offset)
        let days = Int(local >= 0 ? local / 86_400 : (local - 86_399) / 86_400)
        let seconds = Int(local - Int64(days) * 86_400)
        let d = CivilTime.date(days: days)
        let day = digits(d.year, 4) + "-" + digits(d.month, 2) + "-" + digits(d.day, 2)
        return day + " " + digits(seconds / 3600, 2) + ":" + digits(seconds % 3600 / 60, 2) + ":"
            + digits(seconds % 60, 2)
    }
}
