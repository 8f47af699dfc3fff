import Foundation
import PanduCore

/// Where proposed 108 directory corrections, their decisions and history are kept. Approved ones form
/// the overlay applied on top of the directory CSV.
public protocol DirectoryCorrectionStore: AnyObject, Sendable {
    /// Records a proposal with its `pending` line and, if given, the contact event in one transaction.
    func proposeCorrection(_ correction: DirectoryCorrection, event: HandlingEvent?) throws -> DirectoryCorrection
    /// One correction.
    func correction(_ id: Int64) throws -> DirectoryCorrection?
    /// Corrections with `status` (any when nil) of `entryID` (any when nil), oldest first.
    func corrections(status: DirectoryCorrection.Status?, entryID: String?, limit: Int?) throws -> [DirectoryCorrection]
    /// Decides one correction in one transaction (see `CallbackStore.changeCallback`).
    func changeCorrection(
        _ id: Int64, _ change: (DirectoryCorrection) throws -> (DirectoryCorrection, CorrectionHistoryEntry)
    ) throws -> DirectoryCorrection
    /// The history lines of these corrections, oldest first.
    func correctionHistory(ids: [Int64]) throws -> [CorrectionHistoryEntry]
    /// A number that changes whenever a correction is approved: the search index is rebuilt when it does.
    func directoryOverlayVersion() throws -> Int64
}
