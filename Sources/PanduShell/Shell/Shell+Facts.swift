import Foundation
import PanduCore

extension Shell {
    /// `note TEXT`.
    func note(_ line: ArgumentLine) throws {
        guard !line.rest.isEmpty else { throw ShellError.usage(m(.usage, "note TEKS")) }
        try write([engine.fact(contact!, .note, data: ["text": .string(line.rest)], at: now)])
        out.line(m(.noted))
    }

    /// `ticket ID`: the NOSSA ticket opened for this contact; it also starts the NOSSA level's SLA clock
    /// (an escalation record owned by that level's role) when `knowledge/escalations.yaml` has one.
    func ticket(_ line: ArgumentLine) throws {
        let raw = line.words.first ?? ""
        guard case .valid(let id) = FieldValidator.validate(raw, as: .ticket) else {
            throw ShellError.usage(m(.badTicket, raw))
        }
        let event = engine.fact(contact!, .ticket, data: ["ticket_id": .string(id)], at: now)
        guard let level = try context.escalationLevels().first(where: { $0.channel == "NOSSA" }) else {
            try write([event])
            out.line(m(.ticketRecorded, id))
            return
        }
        let (escalation, stored) = try desk.raiseEscalation(
            level, reason: m(.ticketEscalationReason, id), reference: id, sessionID: contact!.session.id, event: event)
        applyStored(stored)
        out.line(m(.ticketRecorded, id))
        out.line(escalationLine(escalation))
    }

    /// `escalate LEVEL REASON`: levels come from `knowledge/escalations.yaml`; the record gets its owner and due time.
    func escalate(_ line: ArgumentLine) throws {
        let level = try desk.level(line.words.first ?? "")
        let reason = String(line.rest.dropFirst(line.words.first?.count ?? 0)).trimmingCharacters(in: .whitespaces)
        guard !reason.isEmpty else { throw ShellError.usage(m(.usage, "escalate LEVEL ALASAN")) }
        let event = engine.fact(
            contact!, .escalation, data: ["level": .string(level.id), "reason": .string(reason)], at: now)
        let (escalation, stored) = try desk.raiseEscalation(
            level, reason: reason, reference: contactTicket, sessionID: contact!.session.id, event: event)
        applyStored(stored)
        out.line(m(.escalated, level.id))
        out.line(escalationLine(escalation))
    }

    /// `callback NUMBER [HH:MM-HH:MM] [--ticket ID] [--priority high|normal|low] REASON`: work for Tier 2.
    /// Without `--ticket`, the contact's captured ticket is linked.
    func callback(_ line: ArgumentLine) throws {
        let usage = "callback NOMOR [HH:MM-HH:MM] [--ticket IDTIKET] [--priority high|normal|low] ALASAN"
        var rest = line.words
        let ticketOption = try option("--ticket", in: &rest, usage: usage)
        let priorityOption = try option("--priority", in: &rest, usage: usage)
        guard !rest.isEmpty else { throw ShellError.usage(m(.usage, usage)) }
        let raw = rest.removeFirst()
        guard case .valid(let number) = FieldValidator.validate(raw, as: .serviceNumber) else {
            throw ShellError.usage(m(.badCallbackNumber, raw))
        }
        var window: CallingWindow?
        if let first = rest.first, first.range(of: #"^\d\d:\d\d-\d\d:\d\d$"#, options: .regularExpression) != nil {
            guard let w = CallingWindow(first) else { throw ShellError.usage(m(.badWindow, first)) }
            window = w
            rest.removeFirst()
        }
        guard !rest.isEmpty else { throw ShellError.usage(m(.usage, usage)) }
        let priority =
            try priorityOption.map { p in
                guard let value = CallbackPriority(rawValue: p.lowercased()) else {
                    throw ShellError.usage(m(.badPriority, p))
                }
                return value
            } ?? .normal
        var ticket = contactTicket
        if let t = ticketOption {
            guard case .valid(let id) = FieldValidator.validate(t, as: .ticket) else {
                throw ShellError.usage(m(.badTicket, t))
            }
            ticket = id
        }
        let reason = rest.joined(separator: " ")
        var data: [String: JSONValue] = [
            "number": .string(number), "reason": .string(reason), "priority": .string(priority.rawValue),
        ]
        if let window { data["window"] = .string(window.description) }
        if let ticket { data["ticket_id"] = .string(ticket) }
        let draft = CallbackDraft(
            number: number, reason: reason, window: window, ticketID: ticket, priority: priority,
            zone: contact!.session.customerZone, sessionID: contact!.session.id)
        let (callback, stored) = try desk.recordCallback(
            draft, event: engine.fact(contact!, .callback, data: data, at: now))
        applyStored(stored)
        out.line(m(.callbackRecorded, window?.description ?? "-"))
        out.line(m(.callbackQueued, callback.id ?? 0, desk.time(callback.dueAt), priority.rawValue))
    }

    /// Removes `name VALUE` from `words` and returns the value.
    func option(_ name: String, in words: inout [String], usage: String) throws -> String? {
        guard let i = words.firstIndex(of: name) else { return nil }
        guard i + 1 < words.count else { throw ShellError.usage(m(.usage, usage)) }
        let value = words[i + 1]
        words.removeSubrange(i...(i + 1))
        return value
    }

    /// The contact's NOSSA ticket: the captured field, else the latest `ticket` fact.
    var contactTicket: String? {
        contact?.captures["ticket_id"] ?? contact?.events.last { $0.type == .ticket }?.string("ticket_id")
    }

    /// The follow-up work of the logged-in person.
    var desk: FollowUpDesk { FollowUpDesk(context: context, person: person!) }

    /// Applies an event the store wrote with a follow-up record to the open contact.
    func applyStored(_ event: HandlingEvent?) {
        if let event { contact?.apply(event) }
    }

    /// One line about a new escalation: its id, owner and due time.
    func escalationLine(_ e: Escalation) -> String {
        m(.escalationRecorded, e.id ?? 0, e.level, e.owner?.rawValue ?? e.ownerRole.rawValue, desk.time(e.dueAt))
    }

    /// `transfer TARGET`: 108 questions about Telkom go to 147 (P-01 §8.1).
    func transfer(_ line: ArgumentLine) throws {
        let targets = ["147", "108", "socmed", "tier2"]
        guard let target = line.words.first, targets.contains(target) else {
            throw ShellError.usage(m(.badTransferTarget, line.words.first ?? "", targets.joined(separator: ", ")))
        }
        try write([engine.fact(contact!, .transfer, data: ["target": .string(target)], at: now)])
        out.line(m(.transferred, target))
    }
}
