import Foundation
import GRDB
import PanduCore

/// A row of `recovery_history`: one append-only entry of a plan's life.
struct RecoveryEntryRow: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "recovery_history"

    var id: Int64?
    var planID: Int64
    var at: Int64
    var actor: String
    var kind: String
    var note: String
    var data: String

    enum CodingKeys: String, CodingKey {
        case id, at, actor, kind, note, data
        case planID = "plan_id"
    }

    init(_ e: RecoveryEntry) throws {
        id = e.id
        planID = e.planID
        at = StoredTime.milliseconds(e.at)
        actor = e.actor.rawValue
        kind = e.kind.rawValue
        note = e.note
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        data = String(decoding: try encoder.encode(e.data), as: UTF8.self)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    func entry() throws -> RecoveryEntry {
        guard let kind = RecoveryEntry.Kind(rawValue: kind),
            let payload = try? JSONDecoder().decode([String: JSONValue].self, from: Data(data.utf8))
        else {
            throw StoreError.corruptRecord(
                table: Self.databaseTableName, id: "\(id ?? 0)", detail: "kind \(self.kind)")
        }
        return RecoveryEntry(
            id: id, planID: planID, at: StoredTime.date(at), actor: PersonCode(actor), kind: kind,
            note: note,
            data: payload)
    }
}
