import Foundation
import GRDB
import PanduCore

/// A row of `events`: one `HandlingEvent` as stored, its `data` as a JSON object in text.
struct EventRow: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "events"

    var id: Int64?
    var sessionID: String?
    var actor: String
    var at: Int64
    var type: String
    var step: String?
    var sopCode: String?
    var data: String

    enum CodingKeys: String, CodingKey {
        case id, actor, at, type, step, data
        case sessionID = "session_id"
        case sopCode = "sop_code"
    }

    /// Column names, for queries.
    enum Columns {
        static let id = Column("id")
        static let sessionID = Column("session_id")
        static let actor = Column("actor")
        static let at = Column("at")
        static let type = Column("type")
    }

    init(_ event: HandlingEvent) throws {
        id = event.id
        sessionID = event.sessionID?.rawValue
        actor = event.actor.rawValue
        at = StoredTime.milliseconds(event.at)
        type = event.type.rawValue
        step = event.step?.rawValue
        sopCode = event.sopCode
        data = try Self.encode(event.data)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The domain value; fails on an event type this build does not know or a payload that is not an object.
    func event() throws -> HandlingEvent {
        guard let type = EventType(rawValue: type) else { throw corrupt("unknown event type \"\(self.type)\"") }
        let payload: [String: JSONValue]
        do {
            payload = try JSONDecoder().decode([String: JSONValue].self, from: Data(data.utf8))
        } catch {
            throw corrupt("its data is not a JSON object (\(error))")
        }
        return HandlingEvent(
            id: id, sessionID: sessionID.map(SessionID.init(rawValue:)), actor: PersonCode(actor),
            at: StoredTime.date(at), type: type, step: step.map(StepID.init(rawValue:)), sopCode: sopCode,
            data: payload)
    }

    /// Sorted keys so equal payloads are stored as equal text.
    private static func encode(_ data: [String: JSONValue]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(data), as: UTF8.self)
    }

    private func corrupt(_ detail: String) -> StoreError {
        .corruptRecord(table: Self.databaseTableName, id: id.map(String.init) ?? "new", detail: detail)
    }
}
