import Foundation
import GRDB
import PanduCore

/// The in-memory FTS5 tables behind `SearchIndex`. `position` is the item's index in the caller's array.
enum SearchSchema {
    /// One FTS5 table and its bm25 column weights, in declaration order.
    struct Table: Sendable {
        let name: String
        let weights: String
    }

    /// Columns: title, tags, category, body, position.
    static let articleTable = Table(name: "article_fts", weights: "10.0, 5.0, 3.0, 1.0, 0.0")
    /// Columns: name, category, city, province, address, phone, position. Category and city rank well above
    /// the address so that "rumah sakit bandung" puts hospitals in Bandung above a bank on Jl. Rumah Sakit.
    static let directoryTable = Table(name: "directory_fts", weights: "10.0, 6.0, 6.0, 2.0, 1.0, 1.0, 0.0")
    /// Case-folded and diacritics-free on both the indexed text and the query.
    private static let tokenizer = "tokenize = 'unicode61 remove_diacritics 2'"

    /// Creates and fills both tables unless done already.
    static func buildIfNeeded(_ db: Database, articles: [Article], directory: [DirectoryEntry]) throws {
        guard try !db.tableExists(articleTable.name) else { return }
        try db.inTransaction {
            try buildArticles(db, articles)
            try buildDirectory(db, directory)
            return .commit
        }
    }

    private static func buildArticles(_ db: Database, _ articles: [Article]) throws {
        try db.execute(sql: """
            CREATE VIRTUAL TABLE \(articleTable.name) USING fts5(
                title, tags, category, body, position UNINDEXED, \(tokenizer))
            """)
        let insert = try db.makeStatement(sql: "INSERT INTO \(articleTable.name) VALUES (?, ?, ?, ?, ?)")
        for (position, article) in articles.enumerated() {
            try insert.execute(arguments: [
                article.title, article.tags.joined(separator: " "), article.category, article.body, position,
            ])
        }
    }

    private static func buildDirectory(_ db: Database, _ directory: [DirectoryEntry]) throws {
        try db.execute(sql: """
            CREATE VIRTUAL TABLE \(directoryTable.name) USING fts5(
                name, category, city, province, address, phone, position UNINDEXED, \(tokenizer))
            """)
        let insert = try db.makeStatement(sql: "INSERT INTO \(directoryTable.name) VALUES (?, ?, ?, ?, ?, ?, ?)")
        for (position, entry) in directory.enumerated() {
            try insert.execute(arguments: [
                entry.name, entry.category, entry.city, entry.province, entry.address,
                "\(entry.areaCode) \(entry.number) \(entry.areaCode)\(entry.number)", position,
            ])
        }
    }
}
