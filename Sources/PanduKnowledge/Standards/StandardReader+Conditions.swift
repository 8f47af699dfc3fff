import PanduCore

extension StandardReader {
    static let conditionKeys = ["scope", "has", "context", "context_not", "channel", "customer_name"]
    static let scopes = ["opening", "request", "hold", "resolution", "closing", "snippet", "full_call", "reply"]

    /// A condition mapping, or a list of them (alternatives).
    mutating func conditions(_ v: YAMLValue?, what: String) -> [CheckCondition] {
        guard let v else { return [] }
        let items = (try? v.array()) ?? [v]
        return items.compactMap { condition($0, what: what) }
    }

    private mutating func condition(_ v: YAMLValue, what: String) -> CheckCondition? {
        guard let f = StandardFields(v, what: "condition of \(what)", allowed: Self.conditionKeys, problems: &problems)
        else {
            return nil
        }
        var c = CheckCondition()
        let scopes = f.texts("scope", problems: &problems)
        for s in scopes where !Self.scopes.contains(s.text) {
            problems.append(
                .invalid(
                    file: f.file, line: s.line,
                    message: "unknown scope \"\(s.text)\" (allowed: \(Self.scopes.joined(separator: ", ")))"))
        }
        c.scopes = scopes.map(\.text)
        c.has = f.items("has", problems: &problems).compactMap { test($0) }
        c.context = context(f.value("context"))
        c.contextNot = context(f.value("context_not"))
        c.channels = f.texts("channel", problems: &problems).map(\.text)
        if let name = f.text("customer_name", problems: &problems) {
            switch name {
            case "known": c.customerNameKnown = true
            case "unknown": c.customerNameKnown = false
            default:
                problems.append(
                    .invalid(
                        file: f.file, line: f.line, message: "customer_name must be known or unknown, found \"\(name)\""
                    ))
            }
        }
        return c
    }

    private mutating func test(_ v: YAMLValue) -> ContentTest? {
        if case .scalar(let s) = v.node {
            guard let t = ContentTest.simpleNames[s.string] else {
                let allowed =
                    (ContentTest.simpleNames.keys.sorted() + [
                        "{agent_says: …}", "{customer_says: …}", "{customer_says_first: …}",
                    ])
                problems.append(
                    v.error("unknown test \"\(s.string)\" in has (allowed: \(allowed.joined(separator: ", ")))"))
                return nil
            }
            return t
        }
        guard
            let f = StandardFields(
                v, what: "test", allowed: ["agent_says", "customer_says", "customer_says_first"], problems: &problems),
            let key = f.mapping.keys.first
        else { return nil }
        let patterns = patternTexts(f, key)
        switch key {
        case "agent_says": return .agentSays(patterns)
        case "customer_says": return .customerSays(patterns)
        default: return .customerSaysFirst(patterns)
        }
    }

    private mutating func context(_ v: YAMLValue?) -> [String: JSONValue] {
        guard let v else { return [:] }
        guard let map = try? v.mapping() else {
            problems.append(v.error("context must be a mapping of key to value, found \(StandardFields.describe(v))"))
            return [:]
        }
        var result: [String: JSONValue] = [:]
        for entry in map.entries {
            guard let value = StandardFields.json(entry.value) else {
                problems.append(entry.value.error("context value of \"\(entry.key)\" must be a single value"))
                continue
            }
            result[entry.key] = value
        }
        return result
    }
}
