import Foundation
import PanduCore
import PanduKnowledge
import PanduStore

extension Shell {
    var engine: FlowEngine { FlowEngine(actor: person!.code) }

    /// `start FLOW [ZONE]`: opens a contact at the flow's first step.
    func start(_ line: ArgumentLine) throws {
        guard contact == nil else { throw ShellError.usage(m(.contactAlreadyOpen, contact!.session.id)) }
        try ensureNoOpenSessions()
        let knowledge = try context.knowledge()
        guard let id = line.words.first, let flow = knowledge.flow(FlowID(id)) else {
            throw ShellError.usage(m(.unknownFlow, line.words.first ?? "", knowledge.flowIDs.joined(separator: ", ")))
        }
        try ensureSkilled(for: flow)
        let zone = try line.words.dropFirst().first.map { z in
            guard let zone = TimeZoneCode(rawValue: z.uppercased()) else { throw ShellError.usage(m(.badZone, z)) }
            return zone
        } ?? context.siteZone
        let session = SessionRecord(
            id: SessionIDGenerator().make(at: now), agent: person!.code, flow: flow.id, service: flow.service,
            channel: flow.channel, startedAt: now, customerZone: zone)
        try context.store().createSession(session)
        contact = Contact(flow: flow, session: session)
        try write(engine.start(contact!, at: now))
        state = .onContact
        stateSince = now
        out.line(out.styled(m(.contactStarted, session.id, flow.name, zone.rawValue), .bold))
        renderStep()
    }

    func ensureSkilled(for flow: Flow) throws {
        guard let person, !person.skills.isEmpty else { return }
        let needed: Skill =
            switch flow.service {
            case .line108: .line108
            case .socmed: .socmed
            case .caring: .caring
            case .line147: flow.tier == "T2" ? .tier2 : .tier1
            }
        guard person.skills.contains(needed) else { throw ShellError.denied(m(.notSkilled, flow.id, needed.rawValue)) }
    }

    func ensureNoOpenSessions() throws {
        let open = try context.store().sessions(SessionQuery(agents: [person!.code], status: .open))
        if let first = open.first { throw ShellError.usage(m(.resolveOpenFirst, first.id)) }
    }

    /// Writes events in order, each in its own transaction, applying each to the contact once stored.
    func write(_ events: [HandlingEvent]) throws {
        for event in events {
            let stored = try context.store().append(event)
            contact?.apply(stored)
        }
    }

    /// `set FIELD VALUE`.
    func set(_ line: ArgumentLine) throws {
        guard let field = line.words.first else { throw ShellError.usage(m(.usage, "set FIELD NILAI")) }
        let value = String(line.rest.dropFirst(field.count)).trimmingCharacters(in: .whitespaces)
        let event = try engine.capture(contact!, field: field, value: value, at: now)
        try write([event])
        out.line(m(.captured, field, event.string("value") ?? value))
    }

    /// `next`.
    func next(_ line: ArgumentLine) throws {
        try write(try engine.next(contact!, at: now))
        renderStep()
    }

    /// `choose CHOICE` (or the choice typed alone).
    func choose(_ line: ArgumentLine) throws {
        guard let choice = line.words.first else {
            throw ShellError.usage(m(.usage, "choose " + contact!.step.choices.map(\.id).joined(separator: "|")))
        }
        try write(try engine.choose(contact!, choice, at: now))
        renderStep()
    }

    /// `back`.
    func back(_ line: ArgumentLine) throws {
        try write(try engine.back(contact!, at: now))
        renderStep()
    }

    /// `hold`.
    func hold(_ line: ArgumentLine) throws {
        try write([try engine.hold(contact!, at: now)])
        out.line(m(.holdStarted))
    }

    /// `unhold`.
    func unhold(_ line: ArgumentLine) throws {
        let event = try engine.unhold(contact!, at: now)
        try write([event])
        let seconds = Int(event.data["seconds"]?.numberValue ?? 0)
        out.line(seconds > 120 ? out.styled(m(.holdTooLong, seconds), .yellow) : m(.holdEnded, seconds))
    }

    /// `close DISPOSITION`: ends the contact; the agent goes to after-call work.
    func close(_ line: ArgumentLine) throws {
        let c = contact!
        let allowed = c.flow.dispositions
        guard let disposition = line.words.first else {
            throw ShellError.usage(m(.usage, "close " + allowed.joined(separator: "|")))
        }
        let events = try engine.close(c, disposition: disposition, allowed: allowed, at: now)
        try write(events)
        var session = contact!.session
        session.status = .closed
        session.disposition = disposition
        session.endedAt = now
        try context.store().updateSession(session)
        out.line(out.styled(m(.contactClosed, session.id, disposition, Self.clock(session.duration(now: now))), .bold))
        renderScore()
        contact = nil
        try record(.acw, data: ["session": .string(session.id.rawValue)])
    }
}
