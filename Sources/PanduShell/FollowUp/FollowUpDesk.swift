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

    /// A time as shown to people, in the site's zone.
    func time(_ date: Date?) -> String { date.map { context.times.format($0) } ?? "" }
}
