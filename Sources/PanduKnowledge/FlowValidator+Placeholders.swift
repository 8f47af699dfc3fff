import PanduCore

extension FlowValidator {
    /// A `{field}` in a script must be a built-in or a field captured before the step on every path from start.
    func checkPlaceholders(_ flow: FlowSource, log: inout ProblemLog) {
        let available = Self.fieldsAvailable(flow)
        let builtIns = Set(Self.builtInPlaceholders)
        for source in flow.steps {
            guard let script = source.step.script, let ready = available[source.step.id.rawValue] else { continue }
            for name in Self.placeholders(in: script) where !builtIns.contains(name) && !ready.contains(name) {
                let message = placeholderMessage(name, at: source, flow: flow)
                log.add(file: flow.file, line: source.scriptLine, message)
            }
        }
    }

    func placeholderMessage(_ name: String, at source: StepSource, flow: FlowSource) -> String {
        let step = source.step.id.rawValue
        let head = "script of step \"\(step)\" uses {\(name)}"
        let capturedAt = flow.steps.filter { $0.step.captures.contains { $0.field == name } }.map(\.step.id.rawValue)
        if capturedAt == [step] {
            return
                "\(head), but \"\(name)\" is captured only at this same step, after the script is said; capture it in an earlier step"
        }
        if !capturedAt.isEmpty {
            return
                "\(head), but not every path to it captures \"\(name)\" first (captured at: \(capturedAt.joined(separator: ", "))); capture it on every path or drop the placeholder"
        }
        let builtIns = Self.builtInPlaceholders.map { "{\($0)}" }.joined(separator: ", ")
        let fields = Set(flow.steps.flatMap { $0.step.captures.map(\.field) })
        let hint = Suggestion.hint(for: name, in: Array(fields) + Self.builtInPlaceholders)
        return
            "\(head), which no step captures\(hint); capture \"\(name)\" in an earlier step or use one of \(builtIns)"
    }

    /// For each reachable step, the fields captured before it on every path from start (a must-analysis).
    static func fieldsAvailable(_ flow: FlowSource) -> [String: Set<String>] {
        let order = reachable(flow)
        guard let start = order.first else { return [:] }
        var captured: [String: Set<String>] = [:]
        var predecessors: [String: [String]] = [:]
        for id in order {
            let step = flow.step(id)!.step
            captured[id] = Set(step.captures.map(\.field))
            for next in step.successors { predecessors[next.rawValue, default: []].append(id) }
        }
        let everything = captured.values.reduce(into: Set<String>()) { $0.formUnion($1) }
        var before = Dictionary(uniqueKeysWithValues: order.map { ($0, $0 == start ? [] : everything) })
        var changed = true
        while changed {
            changed = false
            for id in order where id != start {
                let incoming = (predecessors[id] ?? []).map { before[$0]!.union(captured[$0]!) }
                let meet = incoming.dropFirst().reduce(incoming.first ?? []) { $0.intersection($1) }
                if meet != before[id] {
                    before[id] = meet
                    changed = true
                }
            }
        }
        return before
    }

    /// The names inside `{…}` that look like field names (letters, digits, `_`).
    static func placeholders(in script: String) -> [String] {
        var names: [String] = []
        var rest = script[...]
        while let open = rest.firstIndex(of: "{") {
            let after = rest.index(after: open)
            guard let close = rest[after...].firstIndex(of: "}") else { break }
            let name = rest[after..<close]
            if let first = name.first, first.isLetter || first == "_",
                name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") })
            {
                names.append(String(name))
            }
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}
