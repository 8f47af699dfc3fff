import Foundation
import PanduCore
import PanduStore

extension Shell {
    /// `resume [ID]`: continues a contact left open when the process ended, from its recorded events.
    func resume(_ line: ArgumentLine) throws {
        guard contact == nil else { throw ShellError.usage(m(.contactAlreadyOpen, contact!.session.id)) }
        let session = try openSession(named: line.words.first)
        guard let flow = try context.knowledge().flow(session.flow) else {
            throw ShellError.failure(m(.unknownFlow, session.flow, try context.knowledge().flowIDs.joined(separator: ", ")))
        }
        contact = Contact(flow: flow, session: session, events: try context.store().events(session: session.id))
        try write([engine.fact(contact!, .sessionResumed, data: [:], at: now)])
        state = .onContact
        stateSince = now
        out.line(out.styled(m(.contactResumed, session.id, contact!.captures.count, contact!.turns.count), .bold))
        renderStep()
    }

    /// `abandon [ID]`: closes a contact left open as interrupted; nothing recorded is removed.
    func abandon(_ line: ArgumentLine) throws {
        guard contact == nil else { throw ShellError.usage(m(.closeContactFirst)) }
        var session = try openSession(named: line.words.first)
        guard let flow = try context.knowledge().flow(session.flow) else { throw ShellError.failure(m(.noSuchSession, session.id)) }
        let replay = Contact(flow: flow, session: session, events: try context.store().events(session: session.id))
        try context.store().append(engine.interrupt(replay, at: now))
        session.status = .interrupted
        session.disposition = "interrupted"
        session.endedAt = now
        try context.store().updateSession(session)
        out.line(m(.contactInterrupted, session.id))
    }

    /// The agent's open contact with this id, or their only one.
    func openSession(named id: String?) throws -> SessionRecord {
        let open = try context.store().sessions(SessionQuery(agents: [person!.code], status: .open))
        if let id {
            guard let s = open.first(where: { $0.id.rawValue == id }) else { throw ShellError.usage(m(.noSuchOpenSession, id)) }
            return s
        }
        guard let first = open.first else { throw ShellError.usage(m(.noOpenSessions)) }
        return first
    }
}
