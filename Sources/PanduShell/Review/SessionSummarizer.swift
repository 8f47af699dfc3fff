import Foundation
import PanduCore
import PanduStore

/// Works out the summaries the review filters on for closed contacts that lack one: the contact rebuilt
/// from its events, exported as a transcript and scored by the checker, exactly as `qc auto` would.
struct SessionSummarizer {
    let context: AppContext

    /// Summarises every closed contact without a summary, in batches; returns how many were done.
    @discardableResult func catchUp() throws -> Int {
        let review = try context.reviewStore()
        var pending = try review.sessionsWithoutSummary(limit: 500)
        guard !pending.isEmpty else { return 0 }
        let checker = try PhraseChecker(standards: try context.standards())
        let people = try context.peopleByCode()
        var done = 0
        while !pending.isEmpty {
            let summaries = try pending.map { try summarize($0, checker: checker, people: people) }
            try review.saveSummaries(summaries)
            done += summaries.count
            pending = try review.sessionsWithoutSummary(limit: 500)
        }
        return done
    }

    /// Forgets every summary and works them all out again (after a standard or flow changed).
    func rebuild() throws -> Int {
        try context.reviewStore().deleteSummaries()
        return try catchUp()
    }

    /// The summary of one contact; a contact whose flow is unknown or transcript unscorable still gets its
    /// times and holds, without a score.
    func summarize(_ id: SessionID, checker: PhraseChecker, people: [PersonCode: Person]) throws -> SessionSummary {
        let store = try context.store()
        guard let session = try store.session(id) else { throw ShellError.usage(context.messages(.noSuchSession, id)) }
        let events = try store.events(session: id)
        guard let flow = try context.knowledge().flow(session.flow) else {
            let seconds = Int((session.endedAt ?? session.startedAt).timeIntervalSince(session.startedAt))
            return SessionSummary(sessionID: id, handlingSeconds: max(0, seconds))
        }
        let contact = Contact(flow: flow, session: session, events: events)
        let agentName = people[session.agent]?.onlineName ?? session.agent.rawValue
        let result = try? checker.score(contact.transcript(agentName: agentName))
        return SessionSummary.of(contact, result: result)
    }
}
