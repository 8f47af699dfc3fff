import Foundation
import Yams

/// A parsed YAML file whose nodes remember their line, so every loader can name file:line.
public struct YAMLDocument {
    /// The file name shown in messages (relative to the knowledge folder).
    public let file: String
    public let root: YAMLValue

    /// Parses `text`; a syntax error becomes a `KnowledgeError` at its line. `Resolver.basic` skips Yams'
    /// regex tag resolution (much faster on Linux); its scalars are then all text (see `YAMLValue+Plain`).
    public init(text: String, file: String, resolver: Resolver = .default) throws {
        self.file = file
        do {
            guard let node = try Yams.compose(yaml: text, resolver) else {
                throw KnowledgeError.invalid(file: file, line: 1, message: "the file is empty")
            }
            root = YAMLValue(node: node, file: file)
        } catch let error as YamlError {
            throw KnowledgeError.invalid(file: file, line: Self.line(of: error), message: "YAML syntax: \(Self.problem(of: error))")
        }
    }

    /// Reads and parses the file at `url`, named `file` in messages.
    public init(url: URL, file: String, resolver: Resolver = .default) throws {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw KnowledgeError.missing(path: file, hint: "Check the knowledge folder (--knowledge / PANDU_KNOWLEDGE).")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw KnowledgeError.invalid(file: file, line: 1, message: "the file is not valid UTF-8")
        }
        try self.init(text: text, file: file, resolver: resolver)
    }

    private static func line(of error: YamlError) -> Int {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line
        case .duplicatedKeysInMapping(_, let context):
            return context.mark.line
        default:
            return 1
        }
    }

    /// A one-line description of a syntax error (Yams' own spans several lines with a source excerpt).
    private static func problem(of error: YamlError) -> String {
        switch error {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _),
            .composer(let context, let problem, _, _):
            return (context.map { "\($0.text): " } ?? "") + problem
        case .duplicatedKeysInMapping(let duplicates, _):
            let keys = duplicates.sorted().map { "\"\($0)\"" }.joined(separator: ", ")
            return "the key \(keys) appears more than once in one mapping; keep one"
        default:
            return "\(error)"
        }
    }
}

/// A YAML node with its place, and typed accessors that fail with file:line messages.
public struct YAMLValue {
    public let node: Node
    public let file: String

    init(node: Node, file: String) {
        self.node = node
        self.file = file
    }

    /// The 1-based line of the node.
    public var line: Int { node.mark?.line ?? 1 }

    /// An error at this node.
    public func error(_ message: String) -> KnowledgeError {
        .invalid(file: file, line: line, message: message)
    }

    /// The scalar text, or an error naming what was expected.
    public func string(_ what: String = "a text") throws -> String {
        guard case .scalar(let s) = node else { throw error("expected \(what), found a \(kind)") }
        return s.string
    }

    /// The integer value.
    public func int(_ what: String = "a whole number") throws -> Int {
        guard let v = node.int else { throw error("expected \(what), found \"\(node.string ?? kind)\"") }
        return v
    }

    /// The floating-point value.
    public func double(_ what: String = "a number") throws -> Double {
        guard let v = node.float ?? node.int.map(Double.init) else {
            throw error("expected \(what), found \"\(node.string ?? kind)\"")
        }
        return v
    }

    /// The boolean value.
    public func bool() throws -> Bool {
        guard let v = node.bool else { throw error("expected true or false, found \"\(node.string ?? kind)\"") }
        return v
    }

    /// The elements of a sequence.
    public func array() throws -> [YAMLValue] {
        guard case .sequence(let seq) = node else { throw error("expected a list, found a \(kind)") }
        return seq.map { YAMLValue(node: $0, file: file) }
    }

    /// A list of texts; a single text counts as a list of one.
    public func strings() throws -> [String] {
        if case .scalar = node { return [try string()] }
        return try array().map { try $0.string() }
    }

    /// The mapping, for reading keys with `YAMLMapping`.
    public func mapping(_ what: String = "a mapping") throws -> YAMLMapping {
        guard case .mapping(let m) = node else { throw error("expected \(what), found a \(kind)") }
        var entries: [(key: String, keyLine: Int, value: YAMLValue)] = []
        for (k, v) in m {
            entries.append((k.string ?? "", k.mark?.line ?? line, YAMLValue(node: v, file: file)))
        }
        return YAMLMapping(entries: entries, value: self)
    }

    /// Whether this is YAML null (`~`, `null`, or empty).
    public var isNull: Bool { node.null != nil }

    var kind: String {
        switch node {
        case .scalar: "text"
        case .mapping: "mapping"
        case .sequence: "list"
        case .alias: "alias"
        }
    }
}

/// The keys of a YAML mapping; `finish(allowed:)` rejects unknown keys with their line.
public struct YAMLMapping {
    public let entries: [(key: String, keyLine: Int, value: YAMLValue)]
    public let value: YAMLValue

    /// The value of `key`, or nil.
    public func optional(_ key: String) -> YAMLValue? {
        entries.first { $0.key == key }.flatMap { $0.value.isNull ? nil : $0.value }
    }

    /// The value of `key`, or an error naming the missing key at the mapping's line.
    public func required(_ key: String) throws -> YAMLValue {
        guard let v = optional(key) else { throw value.error("missing required key \"\(key)\"") }
        return v
    }

    /// Every key in the order written.
    public var keys: [String] { entries.map(\.key) }

    /// Fails on the first key that is not in `allowed`, naming its line and the keys that are allowed.
    public func checkKeys(allowed: Set<String>) throws {
        for entry in entries where !allowed.contains(entry.key) {
            throw KnowledgeError.invalid(
                file: value.file, line: entry.keyLine,
                message: "unknown key \"\(entry.key)\" (allowed: \(allowed.sorted().joined(separator: ", ")))")
        }
    }
}
