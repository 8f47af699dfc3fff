/// Merges the episodes of one call across the queues of a service (overflow), so the service counts the
/// caller once: first entry, last outcome, wait counted from the first entry. An answered episode ends a
/// run: a call transferred into another queue after talking is a new contact, not an overflow.
enum OverflowMerger {
    static func merge(_ episodes: [Episode]) -> [Episode] {
        var byCall: [String: [Int]] = [:]
        for (i, e) in episodes.enumerated() { byCall[e.callID, default: []].append(i) }
        var merged: [Episode] = []
        merged.reserveCapacity(episodes.count)
        for (i, e) in episodes.enumerated() {
            let group = byCall[e.callID]!
            if group.count == 1 {
                merged.append(e)
            } else if group.first == i {
                merged += runs(group.map { episodes[$0] }.sorted { $0.enteredAt < $1.enteredAt }).map(combine)
            }
        }
        return merged
    }

    /// Consecutive parts up to and including each answered one.
    static func runs(_ parts: [Episode]) -> [[Episode]] {
        var runs: [[Episode]] = []
        var run: [Episode] = []
        for p in parts {
            run.append(p)
            if p.isAnswered {
                runs.append(run)
                run = []
            }
        }
        if !run.isEmpty { runs.append(run) }
        return runs
    }

    /// The last episode, moved back to the first entry, its wait extended by the time spent before.
    static func combine(_ parts: [Episode]) -> Episode {
        let first = parts[0]
        var last = parts[parts.count - 1]
        let before = Int(last.enteredAt - first.enteredAt)
        last.waitSeconds = last.waitSeconds.map { $0 + before }
        last.enteredAt = first.enteredAt
        last.hasEnterQueue = first.hasEnterQueue
        last.ringNoAnswers = parts.reduce(0) { $0 + $1.ringNoAnswers }
        last.ringCancels = parts.reduce(0) { $0 + $1.ringCancels }
        return last
    }
}
