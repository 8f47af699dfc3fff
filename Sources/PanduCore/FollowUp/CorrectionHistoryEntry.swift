import Foundation

/// One append-only line of a correction's history.
public struct CorrectionHistoryEntry: Hashable, Codable, Sendable {
    public var id: Int64?
    public var correctionID: Int64
    public var at: Date
    public var actor: PersonCode
    public var status: DirectoryCorrection.Status
    public var note: String?

    public init(
        id: Int64? = nil, correctionID: Int64, at: Date, actor: PersonCode, status: DirectoryCorrection.Status,
        note: String? = nil
    ) {
        self.id = id
        self.correctionID = correctionID
        self.at = at
        self.actor = actor
        self.status = status
        self.note = note
    }
}
