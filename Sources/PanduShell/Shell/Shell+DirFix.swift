import Foundation
import PanduCore

extension Shell {
    /// `dir-fix [ENTRY] FIELD VALUE REASON…`: proposes a 108 directory correction from the current contact
    /// (P-01 §8.1 step 9); without ENTRY, the first hit of the contact's last `dir` search. Quote a VALUE
    /// with spaces. Data entry approves or rejects it (`pandu dir corrections`).
    func dirFix(_ line: ArgumentLine) throws {
        let usage = "dir-fix [ENTRI] FIELD NILAI ALASAN…"
        var words = line.words
        let entryID: String
        if let first = words.first, try context.search().entry(id: first.uppercased()) != nil {
            entryID = first.uppercased()
            words.removeFirst()
        } else if let hit = lastDirectoryHit() {
            entryID = hit
        } else {
            throw ShellError.usage(m(.noDirectoryEntry))
        }
        guard words.count >= 3 else { throw ShellError.usage(m(.usage, usage)) }
        let reason = words.dropFirst(2).joined(separator: " ")
        var event: HandlingEvent?
        let correction = try desk.proposeCorrection(
            entryID: entryID, field: words[0], value: words[1], reason: reason, sessionID: contact?.session.id
        ) { c in
            event = contact.map { contact in
                engine.fact(
                    contact, .directoryCorrection,
                    data: [
                        "entry_id": .string(c.entryID), "field": .string(c.field.rawValue),
                        "old_value": .string(c.oldValue),
                        "new_value": .string(c.newValue), "reason": .string(c.reason),
                    ], at: now)
            }
            return event
        }
        applyStored(event)
        out.line(
            m(
                .correctionProposed, correction.id ?? 0, correction.entryID, correction.field.rawValue,
                correction.oldValue, correction.newValue))
    }

    /// The first entry the contact's latest directory search showed.
    func lastDirectoryHit() -> String? {
        contact?.events.last { $0.type == .directoryLookup }?.data["hits"]?.arrayValue?.first?.stringValue
    }
}
