import Foundation
import GRDB
import PanduCore

/// Full-text search over the knowledge base and the 108 directory: SQLite FTS5 in memory, ranked by
/// bm25 with titles and names above bodies and addresses. Any input is safe to pass: it is reduced to
/// quoted words (see `SearchQuery`) and never errors on FTS5 or SQL syntax.
public final class SearchIndex: Sendable {
    private let articles: [Article]
    private let directory: [DirectoryEntry]
    private let queue: DatabaseQueue

    /// An index over `articles` and `directory`; the FTS tables are built on the first search.
    public init(articles: [Article], directory: [DirectoryEntry]) throws {
        self.articles = articles
        self.directory = directory
        do {
            queue = try DatabaseQueue()
        } catch {
            throw StoreError.operationFailed(operation: "creating the search index", location: "memory", cause: error)
        }
    }

    /// The article with this id (as listed in a search hit), or nil.
    public func article(id: String) -> Article? {
        articles.first { $0.id == id }
    }

    /// The directory entry with this id, or nil.
    public func entry(id: String) -> DirectoryEntry? {
        directory.first { $0.id == id }
    }

    /// Builds the index now instead of on the first search (e.g. while the shell waits at its prompt).
    public func prepare() throws {
        try run("building the search index") { _ in () }
    }

    /// Knowledge-base articles matching `words`, best first.
    public func searchArticles(_ words: String, limit: Int) throws -> [SearchHit<Article>] {
        try ranked("searching the knowledge base", SearchSchema.articleTable, SearchQuery(words), filter: nil, limit: limit)
            .map { SearchHit(item: articles[$0.position], rank: $0.rank) }
    }

    /// Directory entries matching `words` (a city among them counts) and, if given, located in `city`
    /// (all its words in the entry's city, so "Jakarta" also finds "Jakarta Selatan"; a blank city is ignored).
    public func searchDirectory(_ words: String, city: String? = nil, limit: Int) throws -> [SearchHit<DirectoryEntry>] {
        let filter = city.flatMap { SearchQuery.column("city", phrase: $0) }
        return try ranked("searching the directory", SearchSchema.directoryTable, SearchQuery(words), filter: filter, limit: limit)
            .map { SearchHit(item: directory[$0.position], rank: $0.rank) }
    }

    /// Positions and bm25 ranks of the best rows: all words first; if that finds nothing, any word.
    private func ranked(
        _ operation: String, _ table: SearchSchema.Table, _ query: SearchQuery, filter: String?, limit: Int
    ) throws -> [(position: Int, rank: Double)] {
        guard limit > 0, let all = query.allWords, let any = query.anyWord else { return [] }
        let filtered = { (match: String) in filter.map { "(\(match)) AND \($0)" } ?? match }
        return try run(operation) { db in
            let hits = try Self.fetch(db, table, match: filtered(all), limit: limit)
            if !hits.isEmpty || all == any { return hits }
            return try Self.fetch(db, table, match: filtered(any), limit: limit)
        }
    }

    /// Runs `body` on the index, building it first if this is the first use.
    private func run<T>(_ operation: String, _ body: (Database) throws -> T) throws -> T {
        do {
            return try queue.inDatabase { db in
                try SearchSchema.buildIfNeeded(db, articles: articles, directory: directory)
                return try body(db)
            }
        } catch {
            throw StoreError.operationFailed(operation: operation, location: "the in-memory search index",
                                             cause: (error as? DatabaseError) ?? OpaqueCause(error))
        }
    }

    private static func fetch(
        _ db: Database, _ table: SearchSchema.Table, match: String, limit: Int
    ) throws -> [(position: Int, rank: Double)] {
        let sql = """
            SELECT position, bm25(\(table.name), \(table.weights)) AS score FROM \(table.name)
            WHERE \(table.name) MATCH ? ORDER BY score, position LIMIT ?
            """
        return try Row.fetchAll(db, sql: sql, arguments: [match, limit]).map { row in
            (position: row["position"], rank: row["score"])
        }
    }
}
