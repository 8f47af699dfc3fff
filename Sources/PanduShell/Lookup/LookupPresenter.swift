import Foundation
import PanduCore
import PanduStore

/// Knowledge-base and directory lookups as the agent sees them; shared by the shell and `pandu kb` / `pandu dir`.
struct LookupPresenter {
    let context: AppContext

    /// Prints the articles matching `query` (or the one article whose id it is) and returns the ids shown.
    func kb(_ query: String) throws -> [String] {
        let out = context.output
        let index = try context.search()
        if let article = index.article(id: query.trimmingCharacters(in: .whitespaces)) {
            out.line(out.styled("\(article.title)  [\(article.id)]", .bold))
            out.line(article.body)
            return [article.id]
        }
        let hits = try index.searchArticles(query, limit: 5)
        if hits.isEmpty { out.line(context.messages(.noResults, query)) }
        for (i, hit) in hits.enumerated() {
            out.line("\(i + 1). " + out.styled(hit.item.title, .bold) + "  [\(hit.item.id)]")
            let body = hit.item.body.replacingOccurrences(of: "\n", with: " ")
            out.line("   " + String(body.prefix(160)) + (body.count > 160 ? "…" : ""))
        }
        return hits.map(\.item.id)
    }

    /// Prints the directory entries matching `query`; unlisted numbers are never shown.
    func dir(_ query: String) throws -> [String] {
        let out = context.output
        let hits = try context.search().searchDirectory(query, limit: 8)
        if hits.isEmpty { out.line(context.messages(.noResults, query)) }
        for (i, hit) in hits.enumerated() {
            let e = hit.item
            let number = e.listed ? out.styled(e.formattedNumber, .green) : out.styled(context.messages(.unlisted), .red)
            out.line("\(i + 1). \(e.name) — \(e.city)  \(number)")
            out.line("   \(e.address)  [\(e.id)]")
        }
        return hits.map(\.item.id)
    }
}
