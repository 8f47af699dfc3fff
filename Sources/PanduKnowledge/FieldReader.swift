import Foundation

/// Reads the keys of one YAML mapping into typed values, logging problems instead of stopping at the first.
struct FieldReader {
    let mapping: YAMLMapping
    /// What the mapping is, for messages, e.g. `step "greeting"`.
    let what: String

    /// The file the mapping is in, relative to the knowledge folder.
    var file: String { mapping.value.file }
    /// The line the mapping starts on.
    var line: Int { mapping.value.line }

    /// Reads `value` as a mapping whose keys must all be in `allowed`; nil (logged) when it is not a mapping.
    init?(_ value: YAMLValue, what: String, allowed: [String], log: inout ProblemLog) {
        guard let mapping = log.attempt(file: value.file, { try value.mapping("\(what) as a mapping (key: value)") })
        else { return nil }
        self.mapping = mapping
        self.what = what
        for entry in mapping.entries where !allowed.contains(entry.key) {
            let hint = Suggestion.hint(for: entry.key, in: allowed)
            log.add(
                file: file, line: entry.keyLine,
                "unknown key \"\(entry.key)\" in \(what)\(hint); allowed keys: \(allowed.joined(separator: ", "))")
        }
    }

    /// The text of `key` when `value` is a mapping that has it, to name the mapping in messages before reading it.
    static func peek(_ key: String, in value: YAMLValue) -> String? {
        guard case .mapping(let mapping) = value.node else { return nil }
        return mapping.first { $0.key.string == key }?.value.string
    }

    /// The value of `key`, or nil when absent or null.
    func value(_ key: String) -> YAMLValue? {
        guard let entry = mapping.entries.first(where: { $0.key == key }), !entry.value.isPlainNull else { return nil }
        return entry.value
    }

    /// The line of `key`, or of the mapping when the key is absent.
    func keyLine(_ key: String) -> Int {
        mapping.entries.first { $0.key == key }?.keyLine ?? line
    }

    /// Logs a missing required key.
    func missing(_ key: String, example: String, log: inout ProblemLog) {
        log.add(file: file, line: line, "\(what) is missing the required key \"\(key)\"; add e.g. `\(key): \(example)`")
    }

    /// A text value; a missing or empty required one is logged with `example` as the fix.
    func text(_ key: String, required: Bool = false, example: String = "…", log: inout ProblemLog) -> String? {
        guard let v = value(key) else {
            if required { missing(key, example: example, log: &log) }
            return nil
        }
        guard let s = log.attempt(file: file, { try v.string("\"\(key)\" as a text") }) else { return nil }
        if s.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
            log.add(file: file, line: v.line, "\"\(key)\" of \(what) is empty; write e.g. `\(key): \(example)`")
            return nil
        }
        return s
    }

    /// A boolean value (`true` / `false`).
    func bool(_ key: String, required: Bool = false, log: inout ProblemLog) -> Bool? {
        guard let v = value(key) else {
            if required { missing(key, example: "false", log: &log) }
            return nil
        }
        guard let b = v.plainBool else {
            log.add(file: file, line: v.line, "\"\(key)\" of \(what) must be true or false, found \(v.shownForMessage)")
            return nil
        }
        return b
    }

    /// A whole number that is not negative.
    func count(_ key: String, log: inout ProblemLog) -> Int? {
        guard let v = value(key) else { return nil }
        guard let n = v.plainInt, n >= 0 else {
            log.add(
                file: file, line: v.line,
                "\"\(key)\" of \(what) must be a whole number of 0 or more, found \(v.shownForMessage)")
            return nil
        }
        return n
    }

    /// A list of texts with the line of each; a single text counts as a list of one.
    func texts(_ key: String, log: inout ProblemLog) -> [(text: String, line: Int)] {
        guard let v = value(key) else { return [] }
        if case .scalar = v.node, let s = log.attempt(file: file, { try v.string() }) { return [(s, v.line)] }
        guard let items = log.attempt(file: file, { try v.array() }) else { return [] }
        return items.compactMap { item in
            log.attempt(file: file) { try item.string("an item of \"\(key)\" as a text") }.map { ($0, item.line) }
        }
    }

    /// The elements of a list value; a missing required list is logged.
    func list(_ key: String, required: Bool = false, example: String = "[]", log: inout ProblemLog) -> [YAMLValue] {
        guard let v = value(key) else {
            if required { missing(key, example: example, log: &log) }
            return []
        }
        return log.attempt(file: file) { try v.array() } ?? []
    }
}
