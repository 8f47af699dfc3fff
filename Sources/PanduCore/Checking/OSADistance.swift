/// Optimal string alignment distance (Damerau-Levenshtein without repeated edits of one substring),
/// bounded: returns early once the distance must exceed `limit`.
enum OSADistance {
    /// Whether `a` and `b` are at most `limit` edits apart (insert, delete, substitute, swap neighbours).
    static func within(_ a: ArraySlice<UInt8>, _ b: ArraySlice<UInt8>, limit: Int) -> Bool {
        let n = a.count
        let m = b.count
        if abs(n - m) > limit { return false }
        if n == 0 || m == 0 { return max(n, m) <= limit }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * (m + 1)) { buffer in
            let base = buffer.baseAddress!
            var prev2 = base
            var prev = base + (m + 1)
            var row = base + 2 * (m + 1)
            for j in 0...m { prev[j] = j }
            var ai = a.startIndex
            for i in 1...n {
                row[0] = i
                var rowMin = i
                var bj = b.startIndex
                for j in 1...m {
                    let cost = a[ai] == b[bj] ? 0 : 1
                    var d = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost)
                    if i > 1, j > 1, a[ai] == b[b.index(before: bj)], a[a.index(before: ai)] == b[bj] {
                        d = min(d, prev2[j - 2] + 1)
                    }
                    row[j] = d
                    rowMin = min(rowMin, d)
                    bj = b.index(after: bj)
                }
                if rowMin > limit { return false }
                (prev2, prev, row) = (prev, row, prev2)
                ai = a.index(after: ai)
            }
            return prev[m] <= limit
        }
    }
}
