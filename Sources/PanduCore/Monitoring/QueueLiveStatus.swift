import Foundation

/// The real-time picture of a queue or service at `now` (spec §3.2): callers waiting, the longest current
/// wait, calls in progress.
public struct QueueLiveStatus: Hashable, Sendable {
    /// Open episodes never answered and not superseded by a later entry of the same call.
    public var waiting: Int
    /// now − the oldest waiting caller's ENTERQUEUE; nil when nobody waits.
    public var longestWaitSeconds: Int?
    /// Entry time of the oldest waiting caller.
    public var oldestEnteredAt: Int64?
    /// Answered episodes with no terminal event yet.
    public var inCall: Int
    /// Open episodes ignored because they are older than `maxOpenAgeSeconds` (their end was never logged).
    public var stale: Int

    /// Creates the value from its parts.
    public init(
        waiting: Int = 0, longestWaitSeconds: Int? = nil, oldestEnteredAt: Int64? = nil, inCall: Int = 0, stale: Int = 0
    ) {
        self.waiting = waiting
        self.longestWaitSeconds = longestWaitSeconds
        self.oldestEnteredAt = oldestEnteredAt
        self.inCall = inCall
        self.stale = stale
    }

    /// The status of the chosen queues (nil = all) at `now`. Episodes entered after `now` are ignored; with
    /// `maxOpenAgeSeconds`, open episodes older than that are counted as `stale` instead of waiting.
    public static func at(
        _ now: Date, episodes: [Episode], queues: Set<String>? = nil, maxOpenAgeSeconds: Int? = nil
    ) -> QueueLiveStatus {
        let t = Int64(now.timeIntervalSince1970.rounded(.down))
        var status = QueueLiveStatus()
        for e in episodes where e.isOpen && e.supersededAt == nil && e.enteredAt <= t {
            guard queues?.contains(e.queue) ?? true else { continue }
            if let limit = maxOpenAgeSeconds, t - e.enteredAt > Int64(limit) {
                status.stale += 1
            } else if e.isAnswered {
                status.inCall += 1
            } else {
                status.waiting += 1
                status.oldestEnteredAt = min(status.oldestEnteredAt ?? e.enteredAt, e.enteredAt)
            }
        }
        status.longestWaitSeconds = status.oldestEnteredAt.map { Int(t - $0) }
        return status
    }
}
