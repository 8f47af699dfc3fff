/// A knowledge-base article (MyKiss-style): product information, procedures, troubleshooting.
public struct Article: Hashable, Codable, Sendable {
    public var id: String
    public var title: String
    /// e.g. `produk`, `gangguan`, `tagihan`, `registrasi`, `pindah-alamat`, `isolir`.
    public var category: String
    public var tags: [String]
    /// The text the agent reads, Markdown-light (paragraphs and `-` lists).
    public var body: String

    public init(id: String, title: String, category: String, tags: [String] = [], body: String) {
        self.id = id
        self.title = title
        self.category = category
        self.tags = tags
        self.body = body
    }
}
