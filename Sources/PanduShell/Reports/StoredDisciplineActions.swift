import Foundation
import PanduCore
import PanduStore

/// F-03's discipline actions: the records TLs write with `pandu review discipline`.
struct StoredDisciplineActions: DisciplineActionSource {
    let store: any ReviewStore

    /// The records written in `[from, to)`, oldest first; the rule broken leads the note.
    func actions(from: Date, to: Date) throws -> [DisciplineAction] {
        try store.disciplineRecords(agent: nil)
            .filter { $0.at >= from && $0.at < to }
            .sorted { $0.at < $1.at }
            .map { record in
                let note = [record.rule, record.note, record.sessionID.map { "kontak \($0.rawValue)" }]
                    .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " · ")
                return DisciplineAction(
                    agent: record.agent.rawValue, at: record.at, kind: record.action, note: note,
                    recordedBy: record.author.rawValue)
            }
    }
}
