/// Percentiles by linear interpolation between closest ranks (numpy's default, Hyndman-Fan type 7), so a
/// reader re-checking in a spreadsheet or Python gets the same number; the median is the 50th.
public enum Percentile {
    /// The `p`-th percentile (0…100) of values sorted ascending; nil for no values.
    public static func of(sorted values: [Double], _ p: Double) -> Double? {
        guard !values.isEmpty else { return nil }
        let rank = min(max(p, 0), 100) / 100 * Double(values.count - 1)
        let lo = Int(rank.rounded(.down))
        let hi = min(lo + 1, values.count - 1)
        return values[lo] + (values[hi] - values[lo]) * (rank - Double(lo))
    }
}
