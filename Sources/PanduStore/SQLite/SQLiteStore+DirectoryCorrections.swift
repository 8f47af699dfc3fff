import Foundation
import GRDB
import PanduCore

/// 108 directory corrections and their decisions.
extension SQLiteStore: DirectoryCorrectionStore {
    /// Records a proposal, its `pending` line and the contact event in one transaction.
    public func proposeCorrection(_ correction: DirectoryCorrection, event: HandlingEvent?) throws
        -> DirectoryCorrection
    {
        try writing("recording a directory correction") { db in
            _ = try insert(event, in: db)
            var row = DirectoryCorrectionRow(correction)
            row.id = nil
            try row.insert(db)
            var line = CorrectionHistoryRow(
                CorrectionHistoryEntry(
                    correctionID: row.id ?? 0, at: correction.proposedAt, actor: correction.proposedBy,
                    status: .pending,
                    note: correction.reason))
            try line.insert(db)
            return try row.correction()
        }
    }

    /// One correction.
    public func correction(_ id: Int64) throws -> DirectoryCorrection? {
        try reading("reading correction \(id)") { try DirectoryCorrectionRow.fetchOne($0, key: id) }?.correction()
    }

    /// Corrections by status and entry, oldest first.
    public func corrections(status: DirectoryCorrection.Status?, entryID: String?, limit: Int?) throws
        -> [DirectoryCorrection]
    {
        typealias C = DirectoryCorrectionRow.Columns
        var request = DirectoryCorrectionRow.all()
        if let status { request = request.filter(C.status == status.rawValue) }
        if let entryID { request = request.filter(C.entryID == entryID) }
        request = request.order(C.id)
        if let limit { request = request.limit(max(0, limit)) }
        let ordered = request
        return try reading("listing directory corrections") { try ordered.fetchAll($0) }.map { try $0.correction() }
    }

    /// Decides one correction and appends its history line in one transaction.
    public func changeCorrection(
        _ id: Int64, _ change: (DirectoryCorrection) throws -> (DirectoryCorrection, CorrectionHistoryEntry)
    ) throws -> DirectoryCorrection {
        try writing("changing directory correction \(id)") { db in
            guard let current = try DirectoryCorrectionRow.fetchOne(db, key: id)?.correction() else {
                throw StoreError.notFound(what: "directory correction", id: String(id))
            }
            let (next, line) = try change(current)
            try DirectoryCorrectionRow(next).update(db)
            var history = CorrectionHistoryRow(line)
            history.id = nil
            try history.insert(db)
            return next
        }
    }

    /// The history lines of these corrections, oldest first.
    public func correctionHistory(ids: [Int64]) throws -> [CorrectionHistoryEntry] {
        let request = CorrectionHistoryRow.filter(ids.contains(Column("correction_id"))).order(Column("id"))
        return try reading("reading directory correction history") { try request.fetchAll($0) }.map { try $0.entry() }
    }

    /// The id of the newest approval line (0 when nothing was ever approved).
    public func directoryOverlayVersion() throws -> Int64 {
        try reading("reading the directory overlay version") { db in
            try Int64.fetchOne(
                db, sql: "SELECT COALESCE(MAX(id), 0) FROM directory_correction_history WHERE status = 'approved'") ?? 0
        }
    }
}
