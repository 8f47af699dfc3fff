import Foundation
import GRDB
import PanduCore

/// A row of `qc_calibrations`; officers are comma-separated codes.
struct QCCalibrationRow: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "qc_calibrations"

    var id: Int64?
    var sessionID: String
    var officers: String
    var openedBy: String
    var openedAt: Int64
    var closedAt: Int64?

    enum CodingKeys: String, CodingKey {
        case id, officers
        case sessionID = "session_id"
        case openedBy = "opened_by"
        case openedAt = "opened_at"
        case closedAt = "closed_at"
    }

    init(_ c: QCCalibration) {
        id = c.id == 0 ? nil : c.id
        sessionID = c.sessionID.rawValue
        officers = c.officers.map(\.rawValue).joined(separator: ",")
        openedBy = c.openedBy.rawValue
        openedAt = StoredTime.milliseconds(c.openedAt)
        closedAt = c.closedAt.map(StoredTime.milliseconds)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// The domain value.
    func calibration() -> QCCalibration {
        QCCalibration(
            id: id ?? 0, sessionID: SessionID(sessionID),
            officers: officers.split(separator: ",").map { PersonCode(String($0)) },
            openedBy: PersonCode(openedBy), openedAt: StoredTime.date(openedAt), closedAt: closedAt.map(StoredTime.date)
        )
    }
}
