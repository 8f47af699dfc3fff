import Foundation
import PanduCore
import PanduStore

extension FollowUpDesk {
    /// Proposes a correction of one field of a directory entry (anyone may; data entry decides).
    func proposeCorrection(
        entryID: String, field name: String, value: String, reason: String, sessionID: SessionID?,
        event: (DirectoryCorrection) -> HandlingEvent?
    ) throws -> DirectoryCorrection {
        guard let field = DirectoryField(rawValue: name.lowercased()) else {
            throw ShellError.usage(
                m(.badDirectoryField, name, DirectoryField.allCases.map(\.rawValue).joined(separator: ", ")))
        }
        guard let entry = try context.search().entry(id: entryID.uppercased()) else {
            throw ShellError.usage(m(.unknownEntry, entryID))
        }
        guard let normalised = field.normalised(value) else {
            throw ShellError.usage(m(.badDirectoryValue, value, field.rawValue))
        }
        let old = field.value(in: entry)
        guard old != normalised else { throw ShellError.usage(m(.sameDirectoryValue, field.rawValue, old)) }
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ShellError.usage(m(.usage, "dir correct ENTRI --field F --value V --reason ALASAN"))
        }
        let correction = DirectoryCorrection(
            entryID: entry.id, field: field, oldValue: old, newValue: normalised, reason: reason,
            proposedBy: person.code,
            proposedAt: now, sessionID: sessionID)
        return try store().proposeCorrection(correction, event: event(correction))
    }

    /// Whether `person` may decide corrections: the data-entry skill, or an admin.
    static func entersData(_ person: Person) -> Bool { person.role == .admin || person.skills.contains(.dataEntry) }

    /// Approves or rejects a pending correction (data entry only; never one's own proposal).
    func decideCorrection(_ id: Int64, approve: Bool, note: String?) throws -> DirectoryCorrection {
        guard Self.entersData(person) else { throw ShellError.denied(m(.notDataEntry, person.code)) }
        let at = now
        let status: DirectoryCorrection.Status = approve ? .approved : .rejected
        return try guarded { keep in
            try store().changeCorrection(id) { current in
                guard current.status == .pending else {
                    throw keep(ShellError.failure(m(.correctionNotPending, id, current.status.rawValue)))
                }
                guard current.proposedBy != person.code || person.role == .admin else {
                    throw keep(ShellError.denied(m(.ownCorrection, id, person.code)))
                }
                var next = current
                next.status = status
                next.decidedBy = person.code
                next.decidedAt = at
                next.decisionNote = note
                return (
                    next,
                    CorrectionHistoryEntry(correctionID: id, at: at, actor: person.code, status: status, note: note)
                )
            }
        }
    }
}
