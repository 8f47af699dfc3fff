import Foundation

/// Where an import's lines came from and how far it got, so `--follow` and a later import of a grown file
/// go on from there (the file's device and inode tell a rotated file from the same one grown).
public struct ImportPosition: Hashable, Sendable {
    /// The file as named on the command line, made absolute.
    public var path: String
    public var device: UInt64
    public var inode: UInt64
    /// Bytes of the file already read (up to the end of the last complete line).
    public var offset: Int64
    /// Lines already read, so the next line's number is `lines + 1`.
    public var lines: Int

    /// Creates the value from its parts.
    public init(path: String, device: UInt64, inode: UInt64, offset: Int64, lines: Int) {
        self.path = path
        self.device = device
        self.inode = inode
        self.offset = offset
        self.lines = lines
    }
}

/// The outcome of writing one batch of queue_log records.
public struct QueueLogImportResult: Hashable, Sendable {
    /// Records offered.
    public var records = 0
    /// Records stored for the first time.
    public var inserted = 0
    /// Records already stored (a re-import, a duplicated line): skipped.
    public var duplicates = 0
    /// Calls whose episodes were rebuilt.
    public var callsRebuilt = 0
    /// Earliest and latest epoch of the inserted records, when any.
    public var firstEpoch: Int64?
    public var lastEpoch: Int64?

    /// An empty result.
    public init() {}

    /// Adds another batch's outcome.
    public mutating func merge(_ other: QueueLogImportResult) {
        records += other.records
        inserted += other.inserted
        duplicates += other.duplicates
        callsRebuilt += other.callsRebuilt
        if let f = other.firstEpoch { firstEpoch = min(firstEpoch ?? f, f) }
        if let l = other.lastEpoch { lastEpoch = max(lastEpoch ?? l, l) }
    }
}

/// The KPI counts of one queue in one fixed slot (e.g. 15 minutes), as the store aggregates them.
public struct SlotCounts: Hashable, Sendable {
    public var queue: String
    /// Slot start, epoch seconds.
    public var start: Int64
    public var counts: KPICounts

    /// Creates the value from its parts.
    public init(queue: String, start: Int64, counts: KPICounts) {
        self.queue = queue
        self.start = start
        self.counts = counts
    }
}

/// An ACD agent identifier (interface such as `SIP/1001`, member name, or `Agent/1001`) mapped to a Pandu
/// person code (spec §1.2: the same agent can appear under two identifiers).
public struct AgentMapping: Hashable, Sendable {
    public var agent: String
    public var person: PersonCode
    public var mappedBy: PersonCode?
    public var mappedAt: Date?

    /// Creates the value from its parts.
    public init(agent: String, person: PersonCode, mappedBy: PersonCode? = nil, mappedAt: Date? = nil) {
        self.agent = agent
        self.person = person
        self.mappedBy = mappedBy
        self.mappedAt = mappedAt
    }
}

/// Trunk attempt counts of one access line (a service such as `147`) for one interval.
public struct TrunkInterval: Hashable, Sendable {
    /// The service / access line the attempts were made to (`147`, `108`).
    public var line: String
    public var minutes: Int
    public var counts: TrunkCounts

    /// Creates the value from its parts.
    public init(line: String, minutes: Int, counts: TrunkCounts) {
        self.line = line
        self.minutes = minutes
        self.counts = counts
    }
}

/// What one import run (all the batches of one `acd import`) knows between its batches: whether the store
/// held no queue_log line when the run began, and which calls the run has written. On a store that was empty,
/// a call can only have earlier lines if this run wrote them, so the store is not asked call by call.
public final class QueueLogImportSession: @unchecked Sendable {
    /// Nil until the first batch looked.
    public var storeWasEmpty: Bool?
    /// Hashes of the call ids written so far (a collision only costs a store lookup).
    public var callsSeen: Set<Int> = []
    /// Whether every line of the run's last batch was new (nil before the first): when not (a re-import),
    /// working out the next batch's episodes ahead would most likely be wasted.
    public var lastBatchAllNew: Bool?

    /// A new run.
    public init() {}
}
