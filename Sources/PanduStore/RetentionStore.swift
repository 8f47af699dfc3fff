import Foundation
import PanduCore

/// Removing records past their retention period (DESIGN.md, P-10 §10).
public protocol RetentionStore: AnyObject, Sendable {
    /// Removes what ended before `cutoff` and nothing newer depends on, and appends the audit event `audit`
    /// makes of the report, in one transaction; with `dryRun` counts the same and keeps everything.
    func purge(
        before cutoff: Date, by actor: PersonCode, dryRun: Bool, audit: (PurgeReport) -> HandlingEvent
    ) throws -> PurgeReport
}

/// What a purge removed (or would remove), per table, and what it kept back because something newer or
/// still open depends on it.
public struct PurgeReport: Hashable, Codable, Sendable {
    /// Rows removed per table.
    public var removed: [String: Int]
    /// Contacts older than the cutoff kept because a newer or unfinished record still refers to them.
    public var keptContacts: Int
    /// The QC history checkpoint left (seq and hash of the last line removed), if any line was removed.
    public var checkpoint: QCCheckpoint?

    /// A report.
    public init(removed: [String: Int] = [:], keptContacts: Int = 0, checkpoint: QCCheckpoint? = nil) {
        self.removed = removed
        self.keptContacts = keptContacts
        self.checkpoint = checkpoint
    }

    /// Rows removed in all.
    public var total: Int { removed.values.reduce(0, +) }

    enum CodingKeys: String, CodingKey {
        case removed, checkpoint
        case keptContacts = "kept_contacts"
    }
}

/// Where the QC history chain starts after a purge: the seq and hash of the last line removed.
public struct QCCheckpoint: Hashable, Codable, Sendable {
    public var seq: Int64
    public var hash: String

    /// A checkpoint.
    public init(seq: Int64, hash: String) {
        self.seq = seq
        self.hash = hash
    }
}
