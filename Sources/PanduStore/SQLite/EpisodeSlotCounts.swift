import PanduCore

/// KPI counts per queue and slot of any length added up from episodes, for slots the 15-minute tallies do not
/// cover: each episode counts as `KPICounts.add` counts it, an orphan (no ENTERQUEUE) only in `orphansSkipped`
/// unless included. The slot of an entry time `t` is `t - t % slotSeconds`, and the largest answered wait is
/// taken over every episode of the slot with 0 for the others (as the SQL aggregate of the row layout did).
enum EpisodeSlotCounts {
    /// The counts by slot, then queue (byte order of the name).
    static func counts(_ episodes: [Episode], slotSeconds: Int64, thresholds: [Int], includeOrphans: Bool)
        -> [SlotCounts]
    {
        struct Key: Hashable {
            var slot: Int64
            var queue: String
        }
        var groups: [Key: (counts: KPICounts, maxWait: Int?)] = [:]
        for e in episodes {
            let key = Key(slot: e.enteredAt - e.enteredAt % slotSeconds, queue: e.queue)
            var g = groups[key] ?? (KPICounts(thresholds: thresholds), nil)
            var wait = 0
            if e.hasEnterQueue || includeOrphans {
                g.counts.add(e)
                if e.isAnswered { wait = e.waitSeconds ?? 0 }
            } else {
                g.counts.orphansSkipped += 1
            }
            g.maxWait = max(g.maxWait ?? wait, wait)
            groups[key] = g
        }
        let keys = groups.keys.sorted {
            $0.slot != $1.slot ? $0.slot < $1.slot : $0.queue.utf8.lexicographicallyPrecedes($1.queue.utf8)
        }
        return keys.map { key in
            var c = groups[key]!.counts
            c.maxWaitAnswered = groups[key]!.maxWait ?? 0
            return SlotCounts(queue: key.queue, start: key.slot, counts: c)
        }
    }
}
