import PanduCore

/// Reads `dispositions.yaml`: a list of `{id, label, flows?}`.
struct DispositionDecoder {
    static let keys = ["id", "label", "flows"]

    /// The dispositions of `document` with the lines of their `flows` items, logging every problem.
    func decode(_ document: YAMLDocument, log: inout ProblemLog) -> [(disposition: Disposition, flowLines: [Int])] {
        var ids = IDRegistry(what: "disposition id")
        var found: [(Disposition, [Int])] = []
        for (index, item) in document.items("dispositions", log: &log).enumerated() {
            guard let r = FieldReader(item, what: "disposition \(index + 1)", allowed: Self.keys, log: &log) else {
                continue
            }
            let id = r.text("id", required: true, example: "resolved", log: &log)
            let label = r.text("label", required: true, example: "\"Selesai saat kontak\"", log: &log)
            let flows = r.texts("flows", log: &log)
            guard let id, let label else { continue }
            IDRegistry.checkSlug(id, what: "disposition id", file: r.file, line: r.keyLine("id"), log: &log)
            guard ids.register(id, file: r.file, line: r.keyLine("id"), log: &log) else { continue }
            found.append((Disposition(id: id, label: label, flows: flows.map { FlowID($0.text) }), flows.map(\.line)))
        }
        return found
    }

    /// Logs each `flows` item naming a flow that does not exist.
    func checkFlows(
        _ dispositions: [(disposition: Disposition, flowLines: [Int])], known: [String], file: String,
        log: inout ProblemLog
    ) {
        for (disposition, lines) in dispositions {
            for (flow, line) in zip(disposition.flows, lines) where !known.contains(flow.rawValue) {
                log.add(
                    file: file, line: line,
                    "disposition \"\(disposition.id)\" names flow \"\(flow)\", which does not exist\(Suggestion.hint(for: flow.rawValue, in: known)); flows: \(known.joined(separator: ", "))"
                )
            }
        }
    }
}
