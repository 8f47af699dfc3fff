import Foundation
import PanduCore

extension Shell {
    /// `note TEXT`.
    func note(_ line: ArgumentLine) throws {
        guard !line.rest.isEmpty else { throw ShellError.usage(m(.usage, "note TEKS")) }
        try write([engine.fact(contact!, .note, data: ["text": .string(line.rest)], at: now)])
        out.line(m(.noted))
    }

    /// `ticket ID`: the NOSSA ticket opened for this contact.
    func ticket(_ line: ArgumentLine) throws {
        let raw = line.words.first ?? ""
        guard case .valid(let id) = FieldValidator.validate(raw, as: .ticket) else {
            throw ShellError.usage(m(.badTicket, raw))
        }
        try write([engine.fact(contact!, .ticket, data: ["ticket_id": .string(id)], at: now)])
        out.line(m(.ticketRecorded, id))
    }

    /// `escalate LEVEL REASON`: levels come from `knowledge/escalations.yaml`.
    func escalate(_ line: ArgumentLine) throws {
        let levels = try context.escalationLevels()
        guard let level = line.words.first?.lowercased(), levels.contains(where: { $0.id == level }) else {
            throw ShellError.usage(m(.badEscalationLevel, line.words.first ?? "", levels.map { $0.id }.joined(separator: ", ")))
        }
        let reason = String(line.rest.dropFirst(level.count)).trimmingCharacters(in: .whitespaces)
        guard !reason.isEmpty else { throw ShellError.usage(m(.usage, "escalate LEVEL ALASAN")) }
        try write([engine.fact(contact!, .escalation, data: ["level": .string(level), "reason": .string(reason)], at: now)])
        out.line(m(.escalated, level))
    }

    /// `callback NUMBER [HH:MM-HH:MM] REASON`: work for Tier 2.
    func callback(_ line: ArgumentLine) throws {
        let words = line.words
        guard let raw = words.first else { throw ShellError.usage(m(.usage, "callback NOMOR [HH:MM-HH:MM] ALASAN")) }
        guard case .valid(let number) = FieldValidator.validate(raw, as: .serviceNumber) else {
            throw ShellError.usage(m(.badCallbackNumber, raw))
        }
        var rest = Array(words.dropFirst())
        var window: String?
        if let first = rest.first, first.range(of: #"^\d\d:\d\d-\d\d:\d\d$"#, options: .regularExpression) != nil {
            window = first
            rest.removeFirst()
        }
        guard !rest.isEmpty else { throw ShellError.usage(m(.usage, "callback NOMOR [HH:MM-HH:MM] ALASAN")) }
        var data: [String: JSONValue] = ["number": .string(number), "reason": .string(rest.joined(separator: " "))]
        if let window { data["window"] = .string(window) }
        if let ticket = contact!.captures["ticket_id"] { data["ticket_id"] = .string(ticket) }
        try write([engine.fact(contact!, .callback, data: data, at: now)])
        out.line(m(.callbackRecorded, window ?? "-"))
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
