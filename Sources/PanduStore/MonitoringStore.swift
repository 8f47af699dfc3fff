import Foundation
import PanduCore

/// The monitoring records beside the handling events (issue 5): roster shifts, imported ACD queue_log lines
/// and the call episodes rebuilt from them, import positions of followed files, the ACD agent → person map,
/// trunk attempt counts, and recovery plans with their append-only history.
/// ACD times are epoch seconds (queue_log's own resolution); everything else is `Date`.
public protocol MonitoringStore: AnyObject, Sendable {
    // MARK: roster

    /// Replaces, in one transaction, the shifts of every (agent, day) pair present in `entries` and adds
    /// `entries`; all or nothing.
    func replaceRoster(_ entries: [RosterEntry], importedBy: PersonCode, at: Date) throws
        -> RosterReplaceResult
    /// Shifts overlapping `[from, to)` (or of `day`), optionally of one agent, by start then agent.
    func roster(from: Date?, to: Date?, day: String?, agent: String?) throws -> [RosterEntry]

    // MARK: ACD queue_log

    /// Stores records not stored before (content key: time, callid, queue, agent, event, parameters), rebuilds
    /// the episodes of every call that got a new line, and, when given, saves the file position; one
    /// transaction, so a crash loses the whole batch and never half of it.
    /// `session` carries what earlier batches of the same run learned (optional).
    func importQueueLog(_ records: [QueueLogRecord], position: ImportPosition?, session: QueueLogImportSession?)
        throws -> QueueLogImportResult
    /// The same for a batch whose per-line work was done ahead (`QueueLogBatch`, on an import's parse thread).
    func importQueueLog(_ batch: QueueLogBatch, position: ImportPosition?, session: QueueLogImportSession?)
        throws -> QueueLogImportResult
    /// Where an import of `path` stopped, if it was imported before.
    func importPosition(path: String) throws -> ImportPosition?
    /// Episodes entered in `[from, to)` (epoch seconds) of the given queues (nil = all), by entry time.
    func episodes(from: Int64, to: Int64, queues: Set<String>?) throws -> [Episode]
    /// KPI counts per queue and slot of `slotSeconds` (aligned to the epoch, e.g. 900) for episodes entered in
    /// `[from, to)`, kept for `thresholds`; orphans (no ENTERQUEUE) only in `orphansSkipped` unless included.
    func slotCounts(
        from: Int64, to: Int64, slotSeconds: Int, thresholds: [Int], queues: Set<String>?,
        includeOrphans: Bool
    ) throws -> [SlotCounts]
    /// Agent-side records (ADDMEMBER … UNPAUSEALL, AGENTLOGIN …) in `[from, to)`, in time order.
    func memberRecords(from: Int64, to: Int64) throws -> [QueueLogRecord]
    /// Queue names seen in episodes, sorted.
    func queueNames() throws -> [String]

    // MARK: agent map

    /// Maps an ACD agent identifier to a person (replacing an earlier mapping of that identifier).
    func setAgentMapping(_ mapping: AgentMapping) throws
    /// Removes a mapping; false when there was none.
    func removeAgentMapping(agent: String) throws -> Bool
    /// Every mapping, by agent identifier.
    func agentMappings() throws -> [AgentMapping]

    // MARK: trunk attempts

    /// Stores trunk counts; a row of the same line and interval start replaces the earlier one.
    func upsertTrunkCounts(_ rows: [TrunkInterval]) throws -> Int
    /// Trunk counts whose interval starts in `[from, to)` (epoch seconds), of the given lines (nil = all).
    func trunkCounts(from: Int64, to: Int64, lines: Set<String>?) throws -> [TrunkInterval]

    // MARK: recovery plans

    /// Opens a plan unless one for the same scope, measure and interval exists; returns the plan as stored
    /// and whether it is new. A new plan gets its `opened` history entry in the same transaction.
    func openRecoveryPlan(_ plan: RecoveryPlan) throws -> (plan: RecoveryPlan, created: Bool)
    /// One plan.
    func recoveryPlan(id: Int64) throws -> RecoveryPlan?
    /// Plans with intervals overlapping `[from, to)` and the given statuses (empty = all), newest first.
    func recoveryPlans(from: Date?, to: Date?, statuses: Set<RecoveryPlan.Status>) throws
        -> [RecoveryPlan]
    /// Appends a history entry and, when given, moves the plan to a new status and/or owner, in one transaction.
    @discardableResult func appendRecovery(
        _ entry: RecoveryEntry, status: RecoveryPlan.Status?, owner: PersonCode?
    )
        throws -> RecoveryEntry
    /// A plan's history, oldest first.
    func recoveryHistory(planID: Int64) throws -> [RecoveryEntry]
}

extension MonitoringStore {
    /// One batch on its own.
    public func importQueueLog(_ records: [QueueLogRecord], position: ImportPosition?) throws -> QueueLogImportResult {
        try importQueueLog(records, position: position, session: nil)
    }
}
