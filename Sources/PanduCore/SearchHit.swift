/// A ranked search result from the knowledge base or the directory.
public struct SearchHit<Item: Sendable & Hashable>: Sendable, Hashable {
    public var item: Item
    /// Lower is better (FTS5 bm25 rank).
    public var rank: Double
    public init(item: Item, rank: Double) {
        self.item = item
        self.rank = rank
    }
}
