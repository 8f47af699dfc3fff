import Foundation
import GRDB
import PanduCore

/// A row of `roster_shifts`: one rostered shift; `breaks` is a JSON list of `[start_ms, end_ms]` pairs.
struct RosterRow: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "roster_shifts"

    var id: Int64?
    var agent: String
    var day: String
    var startAt: Int64
    var endAt: Int64
    var breaks: String
    var auxAllowanceMinutes: Double
    var position: String?
    var source: String?
    var line: Int?
    var importedAt: Int64
    var importedBy: String

    enum CodingKeys: String, CodingKey {
        case id, agent, day, breaks, position, source, line
        case startAt = "start_at"
        case endAt = "end_at"
        case auxAllowanceMinutes = "aux_allowance_minutes"
        case importedAt = "imported_at"
        case importedBy = "imported_by"
    }

    init(_ e: RosterEntry, importedBy: PersonCode, at: Date) {
        let s = e.shift
        agent = s.agent
        day = s.day
        startAt = StoredTime.milliseconds(s.start)
        endAt = StoredTime.milliseconds(s.end)
        let pairs = s.plannedBreaks.map {
            [StoredTime.milliseconds($0.start), StoredTime.milliseconds($0.end)]
        }
        breaks = String(decoding: (try? JSONEncoder().encode(pairs)) ?? Data("[]".utf8), as: UTF8.self)
        auxAllowanceMinutes = s.auxAllowanceMinutes
        position = e.position
        source = e.source
        line = e.line
        importedAt = StoredTime.milliseconds(at)
        self.importedBy = importedBy.rawValue
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// The domain value.
    func entry() throws -> RosterEntry {
        guard let pairs = try? JSONDecoder().decode([[Int64]].self, from: Data(breaks.utf8)),
            pairs.allSatisfy({ $0.count == 2 && $0[0] <= $0[1] })
        else {
            throw StoreError.corruptRecord(
                table: Self.databaseTableName, id: "\(id ?? 0)", detail: "bad breaks \(breaks)")
        }
        let shift = RosterShift(
            agent: agent, day: day, start: StoredTime.date(startAt), end: StoredTime.date(endAt),
            plannedBreaks: pairs.map {
                DateInterval(start: StoredTime.date($0[0]), end: StoredTime.date($0[1]))
            },
            auxAllowanceMinutes: auxAllowanceMinutes)
        return RosterEntry(shift: shift, position: position, source: source, line: line)
    }
}
