import Foundation
import PanduCore

extension Shell {
    /// `kb WORDS`: ranked knowledge-base articles; `kb ID` shows one whole.
    func kb(_ line: ArgumentLine) throws {
        guard !line.rest.isEmpty else { throw ShellError.usage(m(.usage, "kb KATA…")) }
        let hits = try LookupPresenter(context: context).kb(line.rest)
        try recordLookup(.knowledgeLookup, query: line.rest, hits: hits)
    }

    /// `dir WORDS`: the 108 directory; unlisted numbers are shown as such and never read out.
    func dir(_ line: ArgumentLine) throws {
        guard !line.rest.isEmpty else { throw ShellError.usage(m(.usage, "dir KATA…")) }
        let hits = try LookupPresenter(context: context).dir(line.rest)
        try recordLookup(.directoryLookup, query: line.rest, hits: hits)
    }

    func recordLookup(_ type: EventType, query: String, hits: [String]) throws {
        guard let contact else { return }
        let data: [String: JSONValue] = ["query": .string(query), "hits": .array(hits.map(JSONValue.string))]
        try write([engine.fact(contact, type, data: data, at: now)])
    }
}
