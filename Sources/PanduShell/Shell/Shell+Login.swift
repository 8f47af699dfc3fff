import Foundation
import PanduCore
import PanduKnowledge
import PanduStore

extension Shell {
    /// Before the first prompt: make the first admin on an empty store, then log in from the
    /// environment (scripts) or ask for the code and PIN (a terminal).
    func startUp() throws {
        let store = try context.store()
        _ = try context.knowledge()
        if try store.countPeople() == 0 { try bootstrap(store) }
        let env = context.environment
        if let code = env["PANDU_USER"], let pin = env["PANDU_PIN"], !code.isEmpty {
            try completeLogin(try authenticator.verify(code: code, pin: pin))
        } else if interactive {
            out.line(out.styled(m(.welcome), .bold))
            try? login(ArgumentLine("login"))
        }
    }

    var authenticator: Authenticator { CommandRunner.authenticator(context) }

    /// The first run on an empty store walks the person through adding the first admin.
    func bootstrap(_ store: any Store) throws {
        out.line(m(.bootstrapIntro))
        guard let code = context.input.line(m(.promptCode)), let name = context.input.line(m(.promptName)) else {
            throw ShellError.usage(m(.bootstrapAborted))
        }
        let pin = context.input.secret(m(.promptNewPIN, code))
        let again = interactive ? context.input.secret(m(.promptRepeatPIN)) : pin
        guard let pin, pin == again else { throw ShellError.usage(m(.pinMismatch)) }
        guard PINPolicy().violation(pin) == nil else { throw ShellError.usage(m(.pinPolicy)) }
        guard !code.isEmpty, code.allSatisfy({ $0.isASCII && $0.isNumber }) else { throw ShellError.usage(m(.badCode, code)) }
        var admin = Person(code: PersonCode(code), name: name, role: .admin)
        admin.pinHash = try context.pinHasher.hash(pin: pin)
        try store.addPerson(admin)
        try store.append(HandlingEvent(actor: admin.code, at: now, type: .audit, data: ["action": "users.bootstrap"]))
        out.line(m(.personAdded, admin.code, admin.name, admin.role.rawValue))
    }

    /// `login [CODE]`: the code (asked if missing), then the PIN without echo.
    func login(_ line: ArgumentLine) throws {
        guard person == nil else { throw ShellError.usage(m(.alreadyLoggedIn, person!.code)) }
        guard let code = line.words.first ?? context.input.line(m(.promptCode)), !code.isEmpty else {
            throw ShellError.usage(m(.loginFirst))
        }
        let pin = context.input.secret(m(.promptPIN))
        guard let pin else { throw ShellError.usage(m(.pinMissing, code)) }
        try completeLogin(try authenticator.verify(code: code, pin: pin))
    }

    func completeLogin(_ who: Person) throws {
        person = who
        reader.setHistoryFile(Self.historyFile(for: who.code, environment: context.environment))
        try record(.notReady, data: [:])
        out.line(m(.loggedIn, who.name, who.role.rawValue))
        let open = try context.store().sessions(SessionQuery(agents: [who.code], status: .open))
        for s in open {
            out.line(out.styled(m(.openContactFound, s.id, s.flow, context.times.format(s.startedAt)), .yellow))
        }
    }

    /// `logout`: refused while a contact is open.
    func logout(_ line: ArgumentLine) throws {
        guard contact == nil else { throw ShellError.usage(m(.closeContactFirst)) }
        try recordLogout()
        out.line(m(.loggedOutShell))
        person = nil
        reader.setHistoryFile(nil)
    }

    func recordLogout() throws {
        guard let person else { return }
        try context.store().append(HandlingEvent(actor: person.code, at: now, type: .logout))
    }

    /// `ready` / `acw`.
    func setState(_ new: AgentState, _ line: ArgumentLine) throws {
        guard contact == nil else { throw ShellError.usage(m(.closeContactFirst)) }
        try record(new, data: [:])
        out.line(m(.stateNow, stateLabel()))
    }

    /// `aux REASON`, with the reason codes of `knowledge/aux-reasons.yaml`.
    func aux(_ line: ArgumentLine) throws {
        guard contact == nil else { throw ShellError.usage(m(.closeContactFirst)) }
        let reasons = try context.knowledge().auxReasons
        guard let code = line.words.first?.lowercased(), let reason = reasons.first(where: { $0.code == code }) else {
            throw ShellError.usage(m(.badAuxReason, line.words.first ?? "", reasons.map(\.code).joined(separator: ", ")))
        }
        try record(.aux(reason: reason.code), data: ["reason": .string(reason.code)])
        out.line(m(.stateNow, "\(stateLabel()) (\(reason.label))"))
    }

    /// Records a state change and restarts the prompt's clock.
    func record(_ new: AgentState, data: [String: JSONValue]) throws {
        guard let person else { return }
        if let type = new.eventType {
            try context.store().append(HandlingEvent(actor: person.code, at: now, type: type, data: data))
        }
        state = new
        stateSince = now
    }

    /// The agent's readline history file.
    static func historyFile(for code: PersonCode, environment: [String: String]) -> URL {
        SavedLogin.file(environment: environment).deletingLastPathComponent()
            .appendingPathComponent("history-\(code.rawValue)")
    }
}
