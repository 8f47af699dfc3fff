import Foundation
import PanduCore
import PanduStore

extension Shell {
    /// `next-callback`: pulls the next due callback (due time, then priority), locks it to the agent, shows
    /// the number in full and opens the 147-tier2 contact with the ticket, number and attempt filled in.
    func nextCallback(_ line: ArgumentLine) throws {
        guard contact == nil else { throw ShellError.usage(m(.contactAlreadyOpen, contact!.session.id)) }
        try ensureNoOpenSessions()
        let policy = try context.callbackPolicy()
        guard let callback = try desk.pullCallback(), let id = callback.id else {
            out.line(m(.noCallbackDue))
            let waiting = try context.followUps().callbacks(CallbackQuery(statuses: [.open], limit: 200))
                .filter { $0.owner == nil || $0.owner == person!.code }
            if let first = waiting.first { out.line(m(.nextCallbackAt, desk.time(first.dueAt))) }
            return
        }
        currentCallback = id
        out.line(
            out.styled(
                m(
                    .callbackPulled, id, callback.number, callback.priority.rawValue, callback.ticketID ?? "-",
                    callback.attempts + 1, policy.maxAttempts), .bold))
        out.line(
            "   " + m(.callbackReason, callback.reason, callback.window?.description ?? "-", callback.zone.rawValue))
        try openTier2Contact(for: callback)
    }

    /// Opens the 147-tier2 flow for `callback`, pre-filling what the queue already knows.
    func openTier2Contact(for callback: Callback) throws {
        guard let flow = try context.knowledge().flow(FlowID("147-tier2")) else { return }
        try start(ArgumentLine("start \(flow.id) \(callback.zone.rawValue)"))
        let known: [(String, String?)] = [
            ("ticket_id", callback.ticketID), ("callback_number", callback.number),
            ("attempt_no", String(callback.attempts + 1)),
        ]
        for (field, value) in known {
            guard let value else { continue }
            try write([try engine.capture(contact!, field: field, value: value, at: now)])
        }
    }

    /// `attempt OUTCOME [TIME] [NOTE]`: records the outcome of a call on the callback being worked; the
    /// retry policy requeues, resolves or closes it. TIME (`HH:MM` in the customer's zone, or ISO 8601) is
    /// the customer's requested time for `call-later`.
    func attempt(_ line: ArgumentLine) throws {
        let policy = try context.callbackPolicy()
        let codes = policy.outcomes.map(\.code).joined(separator: "|")
        guard let code = line.words.first?.lowercased() else {
            throw ShellError.usage(m(.usage, "attempt \(codes) [WAKTU] [CATATAN]"))
        }
        guard let outcome = policy.outcome(code) else { throw ShellError.usage(m(.badOutcome, code, codes)) }
        let mine = try context.followUps().callbacks(
            CallbackQuery(statuses: [.inProgress], owner: person!.code, limit: 1))
        guard let id = currentCallback ?? mine.first?.id else { throw ShellError.usage(m(.noCurrentCallback)) }
        let callback = try desk.callback(id)
        var rest = Array(line.words.dropFirst())
        var requested: Date?
        if outcome.action == .reschedule, let first = rest.first, let when = requestedTime(first, zone: callback.zone) {
            requested = when
            rest.removeFirst()
        }
        let note = rest.isEmpty ? nil : rest.joined(separator: " ")
        var data: [String: JSONValue] = ["callback_id": .number(Double(id)), "outcome": .string(outcome.code)]
        if let note { data["note"] = .string(note) }
        let event = contact.map { engine.fact($0, .callbackAttempt, data: data, at: now) }
        let (after, stored) = try desk.recordAttempt(
            id, outcome: outcome.code, requested: requested, note: note, sessionID: contact?.session.id, event: event)
        applyStored(stored)
        currentCallback = nil
        out.line(m(.attemptRecorded, after.attempts, id, outcome.code, outcome.label))
        out.line(out.styled(decisionLine(after, policy: policy), after.status == .resolved ? .green : .yellow))
        if let contact, let disposition = outcome.disposition, contact.flow.dispositions.contains(disposition) {
            out.line(m(.closeWithHint, disposition))
        }
    }

    /// What became of the callback after an attempt.
    func decisionLine(_ c: Callback, policy: CallbackPolicy) -> String {
        let id = c.id ?? 0
        switch c.status {
        case .resolved: return m(.callbackResolved, id)
        case .closed, .cancelled:
            return c.closeReason == CallbackPolicy.exhausted
                ? m(.callbackExhausted, id, c.unreachedAttempts, policy.maxAttempts)
                : m(.callbackClosed, id, c.closeReason ?? "")
        case .open, .inProgress:
            return m(.callbackRequeued, id, desk.time(c.dueAt), c.owner?.rawValue ?? "Tier 2")
        }
    }

    /// `HH:MM` (the next such time in `zone`) or an ISO 8601 time; nil if `text` is neither.
    func requestedTime(_ text: String, zone: TimeZoneCode) -> Date? {
        if let minute = CallingWindow.minute(text), minute < 1440 {
            return CallingWindow(startMinute: minute, endMinute: minute + 1).earliest(atOrAfter: now, zone: zone)
        }
        return text.contains("T") ? context.times.parse(text) : nil
    }
}
