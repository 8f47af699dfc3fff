import PanduCore
import Yams

/// Reads the keys of one mapping of a standards file, recording problems (file:line, quoting the
/// value) instead of stopping at the first.
struct StandardFields {
    let mapping: YAMLMapping
    /// What the mapping is, for messages, e.g. `parameter 108-O1`.
    let what: String

    var file: String { mapping.value.file }
    var line: Int { mapping.value.line }

    /// Reads `value` as a mapping whose keys must all be in `allowed`; nil (recorded) when it is not one.
    init?(_ value: YAMLValue, what: String, allowed: [String], problems: inout [KnowledgeError]) {
        guard case .mapping = value.node, let mapping = try? value.mapping() else {
            problems.append(value.error("\(what) must be a mapping (key: value), found \(Self.describe(value))"))
            return nil
        }
        self.mapping = mapping
        self.what = what
        for entry in mapping.entries where !allowed.contains(entry.key) {
            problems.append(
                .invalid(
                    file: file, line: entry.keyLine,
                    message: "unknown key \"\(entry.key)\" in \(what) (allowed: \(allowed.joined(separator: ", ")))"))
        }
    }

    func value(_ key: String) -> YAMLValue? { mapping.optional(key) }

    func has(_ key: String) -> Bool { mapping.entries.contains { $0.key == key } }

    /// A text; a missing required one is recorded.
    func text(_ key: String, required: Bool = false, problems: inout [KnowledgeError]) -> String? {
        guard let v = value(key) else {
            if required { problems.append(.invalid(file: file, line: line, message: "\(what) is missing \"\(key)\"")) }
            return nil
        }
        guard case .scalar(let s) = v.node else {
            problems.append(v.error("\"\(key)\" of \(what) must be a text, found \(Self.describe(v))"))
            return nil
        }
        return s.string
    }

    /// A number (whole or decimal).
    func number(_ key: String, problems: inout [KnowledgeError]) -> Double? {
        guard let v = value(key) else { return nil }
        guard let d = v.node.float ?? v.node.int.map(Double.init) else {
            problems.append(v.error("\"\(key)\" of \(what) must be a number, found \(Self.describe(v))"))
            return nil
        }
        return d
    }

    /// `true` or `false`.
    func bool(_ key: String, problems: inout [KnowledgeError]) -> Bool? {
        guard let v = value(key) else { return nil }
        guard let b = v.node.bool else {
            problems.append(v.error("\"\(key)\" of \(what) must be true or false, found \(Self.describe(v))"))
            return nil
        }
        return b
    }

    /// Texts with their lines; a single text counts as a list of one.
    func texts(_ key: String, problems: inout [KnowledgeError]) -> [(text: String, line: Int)] {
        guard let v = value(key) else { return [] }
        return Self.texts(v, what: "\"\(key)\" of \(what)", problems: &problems)
    }

    static func texts(_ v: YAMLValue, what: String, problems: inout [KnowledgeError]) -> [(text: String, line: Int)] {
        switch v.node {
        case .scalar(let s): return [(s.string, v.line)]
        case .sequence:
            return ((try? v.array()) ?? []).compactMap { item in
                guard case .scalar(let s) = item.node else {
                    problems.append(item.error("an item of \(what) must be a text, found \(describe(item))"))
                    return nil
                }
                return (s.string, item.line)
            }
        default:
            problems.append(v.error("\(what) must be a list of texts, found \(describe(v))"))
            return []
        }
    }

    /// The items of a list (or of a single mapping, as a list of one).
    func items(_ key: String, problems: inout [KnowledgeError]) -> [YAMLValue] {
        guard let v = value(key) else { return [] }
        if case .sequence = v.node { return (try? v.array()) ?? [] }
        return [v]
    }

    /// A short description of a value for messages, quoting scalars.
    static func describe(_ v: YAMLValue) -> String {
        switch v.node {
        case .scalar(let s): "\"\(s.string)\""
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }

    /// A scalar as JSON: quoted text stays text; otherwise null, true/false or a number when it reads as one.
    static func json(_ v: YAMLValue) -> JSONValue? {
        guard case .scalar(let s) = v.node else { return nil }
        if s.style != .plain && s.style != .any { return .string(s.string) }
        if v.node.null != nil { return .null }
        if let b = v.node.bool { return .bool(b) }
        if let i = v.node.int { return .number(Double(i)) }
        if let d = v.node.float { return .number(d) }
        return .string(s.string)
    }
}
