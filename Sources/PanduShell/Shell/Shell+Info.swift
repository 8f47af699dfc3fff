import Foundation
import PanduCore
import PanduStore

extension Shell {
    /// `status`: who, state, contact, step, captures, holds.
    func status(_ line: ArgumentLine) throws {
        guard let person else {
            out.line(m(.notLoggedIn))
            return
        }
        out.line(m(.statusAgent, person.name, person.code, stateLabel(), Self.clock(now.timeIntervalSince(stateSince))))
        guard let c = contact else { return }
        out.line(m(.statusContact, c.session.id, c.flow.id, c.currentStep, Self.clock(c.session.duration(now: now))))
        for key in c.captures.keys.sorted() { out.line("   \(key) = \(c.captures[key]!)") }
        if !c.holds.isEmpty { out.line(m(.statusHolds, c.holds.map(String.init).joined(separator: ", "))) }
        renderScore()
    }

    /// `history`: the contact's facts so far, or the agent's contacts today.
    func history(_ line: ArgumentLine) throws {
        if let c = contact {
            out.raw(SessionTimeline(context: context).render(session: c.session, events: c.events.map(EventMasking.mask)))
            return
        }
        // Midnight in the site's zone, not the host's: "today" is the floor's day.
        let offset = context.siteZone.hoursFromUTC * 3600
        let local = Int(now.timeIntervalSince1970) + offset
        let dayStart = Date(timeIntervalSince1970: TimeInterval(local - local % 86_400 - offset))
        let sessions = try context.store().sessions(SessionQuery(agents: [person!.code], from: dayStart))
        if sessions.isEmpty { out.line(m(.noContactsToday)) }
        for s in sessions {
            out.line("\(s.id)  \(s.flow)  \(s.status.rawValue)  \(s.disposition ?? "-")  \(Self.clock(s.duration(now: now)))")
        }
    }

    /// `help [COMMAND]`.
    func help(_ line: ArgumentLine) {
        if let name = line.words.first {
            if let spec = ShellCommandTable.spec(name) {
                out.line("\(spec.usage)\n   \(m(spec.summary))")
            } else if let one = ShellCommandTable.oneShot.first(where: { $0.name == name }) {
                out.line("\(one.name) …\n   \(m(one.summary))\n   \(m(.oneShotHelp, one.name))")
            } else {
                out.line(unknownCommandMessage(name))
            }
            return
        }
        out.line(m(.helpIntro))
        for spec in ShellCommandTable.all {
            out.line("  " + spec.usage.padding(toLength: 34, withPad: " ", startingAt: 0) + m(spec.summary))
        }
        for one in ShellCommandTable.oneShot {
            out.line("  " + "\(one.name) …".padding(toLength: 34, withPad: " ", startingAt: 0) + m(one.summary))
        }
        out.line(m(.helpFooter))
    }

    /// `quit`: leaves the shell; refused while a contact is open.
    func quit(_ line: ArgumentLine) throws {
        guard contact == nil else { throw ShellError.usage(m(.closeContactFirst)) }
        if person != nil { try recordLogout() }
        finished = true
    }
}
