/// Applies approved directory corrections on top of the shipped directory, in the order they were approved
/// (a later approval of the same field wins). Pure.
public enum DirectoryOverlay {
    /// `entries` with every approved correction in `corrections` applied; others are ignored.
    public static func apply(_ corrections: [DirectoryCorrection], to entries: [DirectoryEntry]) -> [DirectoryEntry] {
        let approved = corrections.filter { $0.status == .approved }
        guard !approved.isEmpty else { return entries }
        let ordered = approved.sorted {
            ($0.decidedAt ?? $0.proposedAt, $0.id ?? 0) < ($1.decidedAt ?? $1.proposedAt, $1.id ?? 0)
        }
        var position: [String: Int] = [:]
        for (i, e) in entries.enumerated() { position[e.id] = i }
        var result = entries
        for c in ordered {
            guard let i = position[c.entryID] else { continue }
            result[i] = c.field.applied(c.newValue, to: result[i])
        }
        return result
    }
}
