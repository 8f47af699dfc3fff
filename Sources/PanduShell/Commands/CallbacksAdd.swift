import ArgumentParser
import Foundation
import PanduCore
import PanduStore

/// `pandu callbacks add NUMBER REASON…`: a TL records a callback outside a contact.
public struct CallbacksAdd: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Record a callback for Tier 2 (TL, desk, admin).")

    @OptionGroup public var global: GlobalOptions
    @Argument(help: "The number to call (mobile 08…, fixed line with area code, or IndiHome number).") var number:
        String
    @Argument(help: "Why the customer must be called back.") var reason: [String]
    @Option(help: "The customer's preferred window, HH:MM-HH:MM (their local time).") var window: String?
    @Option(help: "The linked NOSSA ticket (IN + 8 digits).") var ticket: String?
    @Option(help: "high, normal or low.") var priority: String = "normal"
    @Option(help: "The customer's zone: WIB, WITA or WIT (default: the site's).") var zone: String?
    @Option(help: "Assign it to this Tier 2 agent at once.") var agent: String?

    public static var roles: Set<Role>? { [.tl, .desk, .admin] }
    public init() {}

    public func execute(_ context: AppContext, as person: Person?) throws {
        let m = context.messages
        guard let person else { throw ShellError.denied(m(.whoAreYou)) }
        let desk = FollowUpDesk(context: context, person: person)
        try desk.requireLead()
        guard case .valid(let number) = FieldValidator.validate(number, as: .serviceNumber) else {
            throw ShellError.usage(m(.badCallbackNumber, number))
        }
        let text = reason.joined(separator: " ")
        guard !text.isEmpty else { throw ShellError.usage(m(.usage, "callbacks add NOMOR ALASAN")) }
        var draft = CallbackDraft(number: number, reason: text, zone: context.siteZone)
        if let window {
            guard let w = CallingWindow(window) else { throw ShellError.usage(m(.badWindow, window)) }
            draft.window = w
        }
        if let ticket {
            guard case .valid(let id) = FieldValidator.validate(ticket, as: .ticket) else {
                throw ShellError.usage(m(.badTicket, ticket))
            }
            draft.ticketID = id
        }
        guard let p = CallbackPriority(rawValue: priority.lowercased()) else {
            throw ShellError.usage(m(.badPriority, priority))
        }
        draft.priority = p
        if let zone {
            guard let z = TimeZoneCode(rawValue: zone.uppercased()) else { throw ShellError.usage(m(.badZone, zone)) }
            draft.zone = z
        }
        var (callback, _) = try desk.recordCallback(draft, event: nil)
        if let agent, let id = callback.id { callback = try desk.assignCallback(id, to: agent) }
        context.output.line(m(.callbackQueued, callback.id ?? 0, desk.time(callback.dueAt), callback.priority.rawValue))
    }
}
