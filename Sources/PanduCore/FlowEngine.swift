import Foundation

/// Turns an agent's actions on a contact into the events that record them, enforcing the flow's rules.
/// Pure: the caller writes each returned event to the store, then applies it to the contact.
public struct FlowEngine: Sendable {
    public let actor: PersonCode
    public init(actor: PersonCode) { self.actor = actor }

    /// The events that open a contact: `session_started`, then the first step.
    public func start(_ contact: Contact, at: Date) -> [HandlingEvent] {
        let s = contact.session
        let started = event(
            contact, .sessionStarted, at: at,
            data: [
                "flow": .string(s.flow.rawValue), "service": .string(s.service.rawValue),
                "channel": .string(s.channel.rawValue), "customer_zone": .string(s.customerZone.rawValue),
            ])
        return [started, enter(contact, contact.flow.start, at: at)]
    }

    /// Moves to the step's default next step once its required captures are filled.
    public func next(_ contact: Contact, at: Date) throws(FlowError) -> [HandlingEvent] {
        try ensureOpen(contact)
        let step = contact.step
        let missing = contact.missingCaptures
        guard missing.isEmpty else { throw .missingCaptures(step: step.id, fields: missing) }
        guard let next = step.next else {
            if step.choices.isEmpty { throw .atClosingStep(step.id) }
            throw .choiceRequired(step: step.id, choices: step.choices.map(\.id))
        }
        return [enter(contact, next, at: at)]
    }

    /// Takes the branch `choiceID` of the current step.
    public func choose(_ contact: Contact, _ choiceID: String, at: Date) throws(FlowError) -> [HandlingEvent] {
        try ensureOpen(contact)
        let step = contact.step
        guard let choice = step.choices.first(where: { $0.id.lowercased() == choiceID.lowercased() }) else {
            throw .unknownChoice(choiceID, choices: step.choices.map(\.id))
        }
        let missing = contact.missingCaptures
        guard missing.isEmpty else { throw .missingCaptures(step: step.id, fields: missing) }
        let made = event(
            contact, .choiceMade, at: at, data: ["choice": .string(choice.id), "label": .string(choice.label)])
        return [made, enter(contact, choice.next, at: at)]
    }

    /// Returns to the previous step.
    public func back(_ contact: Contact, at: Date) throws(FlowError) -> [HandlingEvent] {
        try ensureOpen(contact)
        guard contact.path.count >= 2 else { throw .noPreviousStep }
        let previous = contact.path[contact.path.count - 2]
        return [event(contact, .stepBack, at: at), enter(contact, previous, at: at, back: true)]
    }

    /// Records a field, validated by its definition in the flow (a field the flow does not define is
    /// accepted as free text only if it is not a known kind of personal data).
    public func capture(_ contact: Contact, field: String, value: String, at: Date) throws(FlowError) -> HandlingEvent {
        try ensureOpen(contact)
        let definitions = contact.captureDefinitions
        guard let definition = definitions[field] else {
            throw .unknownField(field, fields: definitions.keys.sorted())
        }
        switch FieldValidator.validate(value, as: definition.kind, options: definition.options) {
        case .valid(let normalised):
            return event(
                contact, .fieldCaptured, at: at,
                data: [
                    "field": .string(field), "value": .string(normalised), "kind": .string(definition.kind.rawValue),
                ])
        case .invalid(let reason):
            throw .invalidValue(field: field, value: value, reason: reason)
        }
    }

    /// Puts the customer on hold.
    public func hold(_ contact: Contact, at: Date) throws(FlowError) -> HandlingEvent {
        try ensureOpen(contact)
        guard contact.holdStartedAt == nil else { throw .alreadyOnHold }
        return event(contact, .holdStarted, at: at)
    }

    /// Takes the customer off hold, recording the seconds held.
    public func unhold(_ contact: Contact, at: Date) throws(FlowError) -> HandlingEvent {
        try ensureOpen(contact)
        guard let since = contact.holdStartedAt else { throw .notOnHold }
        let seconds = max(0, Int(at.timeIntervalSince(since).rounded()))
        return event(contact, .holdEnded, at: at, data: ["seconds": .number(Double(seconds))])
    }

    /// An agent utterance with the checker's verdicts.
    public func utterance(_ contact: Contact, text: String, results: [ParameterResult], at: Date) -> HandlingEvent {
        let list: [JSONValue] = results.map { r in
            .object([
                "parameter": .string(r.parameter.rawValue), "name": .string(r.name),
                "verdict": .string(r.verdict.rawValue), "evidence": .string(r.evidence),
                "suggestion": r.suggestion.map(JSONValue.string) ?? .null, "fatal": .bool(r.fatal),
            ])
        }
        return event(contact, .utterance, at: at, data: ["text": .string(text), "results": .array(list)])
    }

    /// Any other fact at the current step (note, ticket, transfer, lookup, callback, escalation, customer turn).
    public func fact(_ contact: Contact, _ type: EventType, data: [String: JSONValue], at: Date) -> HandlingEvent {
        event(contact, type, at: at, data: data)
    }

    /// Closes the contact with a disposition the flow allows; an open hold is ended first.
    public func close(
        _ contact: Contact, disposition: String, allowed: [String], at: Date
    ) throws(FlowError) -> [HandlingEvent] {
        try ensureOpen(contact)
        guard allowed.isEmpty || allowed.contains(disposition) else {
            throw .unknownDisposition(disposition, allowed: allowed)
        }
        var out: [HandlingEvent] = []
        if contact.holdStartedAt != nil { out.append(try unhold(contact, at: at)) }
        out.append(
            event(
                contact, .sessionClosed, at: at,
                data: [
                    "disposition": .string(disposition), "status": .string(SessionRecord.Status.closed.rawValue),
                    "at_closing_step": .bool(contact.step.closing),
                ]))
        return out
    }

    /// Closes a contact left open by a process that ended mid-contact.
    public func interrupt(_ contact: Contact, at: Date) -> HandlingEvent {
        event(
            contact, .sessionClosed, at: at,
            data: ["disposition": "interrupted", "status": .string(SessionRecord.Status.interrupted.rawValue)])
    }

    private func ensureOpen(_ contact: Contact) throws(FlowError) {
        guard contact.isOpen else { throw .contactClosed }
    }

    private func enter(_ contact: Contact, _ id: StepID, at: Date, back: Bool = false) -> HandlingEvent {
        let step = contact.flow.step(id)
        var data: [String: JSONValue] = ["title": .string(step?.title ?? id.rawValue)]
        if back { data["back"] = true }
        return HandlingEvent(
            sessionID: contact.session.id, actor: actor, at: at, type: .stepEntered, step: id,
            sopCode: step?.sopCode, data: data)
    }

    private func event(
        _ contact: Contact, _ type: EventType, at: Date, data: [String: JSONValue] = [:]
    ) -> HandlingEvent {
        HandlingEvent(
            sessionID: contact.session.id, actor: actor, at: at, type: type, step: contact.currentStep,
            sopCode: contact.step.sopCode, data: data)
    }
}
