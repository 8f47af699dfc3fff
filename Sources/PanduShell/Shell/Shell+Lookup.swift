import Foundation
import PanduCore
import PanduStore

extension Shell {
    /// `kb WORDS`: ranked knowledge-base articles; `kb ID` shows one whole.
    func kb(_ line: ArgumentLine) throws {
        guard !line.rest.isEmpty else { throw ShellError.usage(m(.usage, "kb KATA…")) }
        let index = try context.search()
        if let article = index.article(id: line.rest) {
            out.line(out.styled("\(article.title)  [\(article.id)]", .bold))
            out.line(article.body)
            try recordLookup(.knowledgeLookup, query: line.rest, hits: [article.id])
            return
        }
        let hits = try index.searchArticles(line.rest, limit: 5)
        if hits.isEmpty { out.line(m(.noResults, line.rest)) }
        for (i, hit) in hits.enumerated() {
            out.line("\(i + 1). " + out.styled(hit.item.title, .bold) + "  [\(hit.item.id)]")
            out.line("   " + String(hit.item.body.prefix(160)).replacingOccurrences(of: "\n", with: " ") + "…")
        }
        try recordLookup(.knowledgeLookup, query: line.rest, hits: hits.map(\.item.id))
    }

    /// `dir WORDS`: the 108 directory; unlisted numbers are shown as such and never read out.
    func dir(_ line: ArgumentLine) throws {
        guard !line.rest.isEmpty else { throw ShellError.usage(m(.usage, "dir KATA…")) }
        let hits = try context.search().searchDirectory(line.rest, limit: 8)
        if hits.isEmpty { out.line(m(.noResults, line.rest)) }
        for (i, hit) in hits.enumerated() {
            let e = hit.item
            let number = e.listed ? out.styled(e.formattedNumber, .green) : out.styled(m(.unlisted), .red)
            out.line("\(i + 1). \(e.name) — \(e.city)  \(number)")
            out.line("   \(e.address)  [\(e.id)]")
        }
        try recordLookup(.directoryLookup, query: line.rest, hits: hits.map(\.item.id))
    }

    func recordLookup(_ type: EventType, query: String, hits: [String]) throws {
        let data: [String: JSONValue] = ["query": .string(query), "hits": .array(hits.map(JSONValue.string))]
        if let contact {
            try write([engine.fact(contact, type, data: data, at: now)])
        }
    }
}
