import Foundation
import PanduCore
import PanduStore

/// What a QC form is about: a recorded contact or a transcript file, with the checker's result on it.
struct EvaluationSubject {
    var sessionID: SessionID?
    var transcriptID: String?
    var agent: PersonCode
    var contactAt: Date
    var standard: Standard
    var result: QCResult

    /// A session id, or the path of a transcript (JSON) with the agent's code.
    static func load(_ target: String, agent: String?, context: AppContext, person: Person) throws -> EvaluationSubject
    {
        let m = context.messages
        let checker = try PhraseChecker(standards: try context.standards())
        let store = try context.store()
        if let session = try store.session(SessionID(target)) {
            guard session.status != .open else { throw ShellError.failure(m(.qcSessionOpen, session.id)) }
            let transcript = try transcript(of: session, context: context)
            let result = try checker.score(transcript)
            guard let standard = checker.standards.standard(result.standard) else {
                throw ShellError.failure(m(.qcNoStandard, target))
            }
            return EvaluationSubject(
                sessionID: session.id, agent: session.agent, contactAt: session.startedAt, standard: standard,
                result: result)
        }
        guard FileManager.default.fileExists(atPath: target) else { throw ShellError.usage(m(.qcNoSuchTarget, target)) }
        guard let agent else { throw ShellError.usage(m(.qcTranscriptNeedsAgent, target)) }
        guard try store.person(PersonCode(agent)) != nil else { throw ShellError.usage(m(.reviewUnknownAgent, agent)) }
        guard let data = FileManager.default.contents(atPath: target) else {
            throw ShellError.usage(m(.cannotRead, target))
        }
        let items = Array(TranscriptInput.split(data))
        guard items.count == 1, case .success(let item) = items[0] else {
            throw ShellError.usage(m(.qcBadTranscript, target))
        }
        let result = try checker.score(item.transcript)
        guard let standard = checker.standards.standard(result.standard) else {
            throw ShellError.failure(m(.qcNoStandard, target))
        }
        return EvaluationSubject(
            transcriptID: item.transcript.id ?? URL(fileURLWithPath: target).lastPathComponent,
            agent: PersonCode(agent),
            contactAt: context.now, standard: standard, result: result)
    }

    /// A recorded contact as the transcript the checker scores.
    static func transcript(of session: SessionRecord, context: AppContext) throws -> Transcript {
        let knowledge = try context.knowledge()
        guard let flow = knowledge.flow(session.flow) else {
            throw ShellError.failure(
                context.messages(.unknownFlow, session.flow, knowledge.flowIDs.joined(separator: ", ")))
        }
        let events = try context.store().events(session: session.id)
        let agentName = try context.store().person(session.agent)?.onlineName ?? session.agent.rawValue
        return Contact(flow: flow, session: session, events: events).transcript(agentName: agentName)
    }
}
