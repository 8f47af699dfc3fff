/// The episode indices of one call, latest last; almost always one, so the rest wait in a rarely used array.
struct CallEpisodes {
    var last = -1
    var earlier: [Int] = []

    /// Makes `index` the latest and returns the previous latest.
    mutating func push(_ index: Int) -> Int? {
        defer { last = index }
        guard last >= 0 else { return nil }
        earlier.append(last)
        return last
    }

    /// The latest episode of the call in `queue`.
    func latest(in queue: String, _ all: [Episode]) -> Int? {
        if last >= 0, all[last].queue == queue { return last }
        return earlier.last { all[$0].queue == queue }
    }
}
