import Foundation

/// One contact being worked, rebuilt purely from its recorded events: what the screen shows, what
/// resuming after a crash restores, and what exports to a transcript.
public struct Contact: Sendable {
    public let flow: Flow
    public private(set) var session: SessionRecord
    /// The step the agent is at.
    public private(set) var currentStep: StepID
    /// Steps entered so far, for `back`.
    public private(set) var path: [StepID]
    /// Captured fields by name (the latest value wins).
    public private(set) var captures: [String: String]
    /// When the current hold began, if the customer is on hold.
    public private(set) var holdStartedAt: Date?
    /// Turns in order, for live checking and the transcript export.
    public private(set) var turns: [Turn]
    /// The newest verdict of every parameter judged so far.
    public private(set) var verdicts: [ParameterID: ParameterResult]
    /// Holds, each with its seconds.
    public private(set) var holds: [Int]
    public private(set) var events: [HandlingEvent]

    /// A contact at its first step, before any event.
    public init(flow: Flow, session: SessionRecord) {
        self.flow = flow
        self.session = session
        currentStep = flow.start
        path = []
        captures = [:]
        holdStartedAt = nil
        turns = []
        verdicts = [:]
        holds = []
        events = []
    }

    /// Replays recorded events onto a fresh contact.
    public init(flow: Flow, session: SessionRecord, events: [HandlingEvent]) {
        self.init(flow: flow, session: session)
        for event in events { apply(event) }
    }

    /// The step definition the agent is at.
    public var step: FlowStep { flow.step(currentStep) ?? flow.steps[0] }

    /// Whether the contact is still being worked.
    public var isOpen: Bool { session.status == .open }

    /// Folds one event into the state.
    public mutating func apply(_ event: HandlingEvent) {
        events.append(event)
        switch event.type {
        case .stepEntered:
            if let step = event.step {
                currentStep = step
                if event.data["back"]?.boolValue == true {
                    if !path.isEmpty { path.removeLast() }
                } else {
                    path.append(step)
                }
            }
        case .fieldCaptured:
            if let field = event.string("field"), let value = event.string("value") { captures[field] = value }
        case .holdStarted: holdStartedAt = event.at
        case .holdEnded:
            let seconds = Int(event.data["seconds"]?.numberValue ?? 0)
            holds.append(seconds)
            turns.append(.hold(seconds: seconds))
            holdStartedAt = nil
        case .utterance:
            turns.append(.agent(event.string("text") ?? ""))
            for result in Self.results(in: event) { verdicts[result.parameter] = result }
        case .customerUtterance: turns.append(.customer(event.string("text") ?? ""))
        case .sessionClosed:
            session.status = SessionRecord.Status(rawValue: event.string("status") ?? "") ?? .closed
            session.disposition = event.string("disposition")
            session.endedAt = event.at
        default: break
        }
    }

    /// The parameter results recorded with an utterance event.
    public static func results(in event: HandlingEvent) -> [ParameterResult] {
        guard let list = event.data["results"]?.arrayValue else { return [] }
        return list.compactMap { item in
            guard let o = item.objectValue, let id = o["parameter"]?.stringValue,
                let verdict = o["verdict"]?.stringValue.flatMap(Verdict.init(rawValue:))
            else { return nil }
            return ParameterResult(
                parameter: ParameterID(id), name: o["name"]?.stringValue ?? id, verdict: verdict,
                evidence: o["evidence"]?.stringValue ?? "", suggestion: o["suggestion"]?.stringValue,
                fatal: o["fatal"]?.boolValue ?? false)
        }
    }

    /// Required captures of the current step that are still empty.
    public var missingCaptures: [String] {
        step.captures.filter { $0.required && (captures[$0.field] ?? "").isEmpty }.map(\.field)
    }

    /// Every capture defined anywhere in the flow, by field name (first definition wins).
    public var captureDefinitions: [String: Capture] {
        var all: [String: Capture] = [:]
        for step in flow.steps {
            for capture in step.captures where all[capture.field] == nil { all[capture.field] = capture }
        }
        return all
    }
}
