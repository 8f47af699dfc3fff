import ArgumentParser
import PanduCore
import PanduStore

/// `pandu sessions export ID`: the contact as a QC transcript (the format `qc auto` reads).
public struct SessionsExport: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Export one contact as a transcript (JSON), to score with qc auto.")

    @OptionGroup public var global: GlobalOptions
    @Argument(help: "The session id.") var id: String

    public init() {}

    public func execute(_ context: AppContext, as person: Person?) throws {
        let (session, events) = try SessionLoader(context: context, person: person).load(SessionID(id))
        let knowledge = try context.knowledge()
        guard let flow = knowledge.flow(session.flow) else {
            throw ShellError.failure(context.messages(.unknownFlow, session.flow, knowledge.flowIDs.joined(separator: ", ")))
        }
        let agentName = try context.store().person(session.agent)?.onlineName ?? session.agent.rawValue
        let contact = Contact(flow: flow, session: session, events: events)
        context.output.raw(JSONText.encode(contact.transcript(agentName: agentName)))
    }
}

/// Loads one contact the reader may see, or fails with a message that names it.
struct SessionLoader {
    let context: AppContext
    let person: Person?

    func load(_ id: SessionID) throws -> (SessionRecord, [HandlingEvent]) {
        let m = context.messages
        let store = try context.store()
        guard let session = try store.session(id) else { throw ShellError.usage(m(.noSuchSession, id)) }
        if let person, try !SessionAccess(store: store, person: person).canSee(session) {
            throw ShellError.denied(m(.notYourSessions, session.agent))
        }
        return (session, try store.events(session: id))
    }
}
