/// The `context` object of a transcript: facts the checker may use (`complaint`, `ticket_id`,
/// `reference`, …). A transcript has a handful, so they are kept as a short list in input order and
/// found by comparing keys: building a dictionary (hashing every key, growing the table) and hashing
/// each key looked up cost more than the scan. Behaves as a `[String: JSONValue]`: a key appears once
/// (setting it again replaces the value), equality and hashing ignore the order.
public struct TranscriptContext: Sendable {
    /// One member of the object.
    public typealias Member = (key: String, value: JSONValue)

    private var members: [Member] = []

    /// No facts.
    public init() {}

    /// The members of `dictionary`.
    public init(_ dictionary: [String: JSONValue]) {
        guard !dictionary.isEmpty else { return }
        members.reserveCapacity(dictionary.count)
        for (key, value) in dictionary { members.append((key, value)) }
    }

    /// The value of `key`, or nil; setting nil removes the key.
    public subscript(key: String) -> JSONValue? {
        get {
            let n = key.utf8.count
            for m in members where m.key.utf8.count == n && m.key == key { return m.value }
            return nil
        }
        set {
            let n = key.utf8.count
            let k = members.firstIndex { $0.key.utf8.count == n && $0.key == key }
            switch (k, newValue) {
            case (let k?, let value?): members[k].value = value
            case (let k?, nil): members.remove(at: k)
            case (nil, let value?): members.append((key, value))
            case (nil, nil): break
            }
        }
    }

    /// Makes room for `n` members (a reader that knows how many are coming).
    public mutating func reserveCapacity(_ n: Int) { members.reserveCapacity(n) }

    /// How many keys there are.
    public var count: Int { members.count }

    /// Whether there are no keys.
    public var isEmpty: Bool { members.isEmpty }

    /// The keys, in the order they were first set.
    public var keys: [String] { members.map(\.key) }

    /// The members as a dictionary.
    public var dictionary: [String: JSONValue] {
        var d: [String: JSONValue] = [:]
        d.reserveCapacity(members.count)
        for m in members { d[m.key] = m.value }
        return d
    }
}

extension TranscriptContext: Sequence {
    /// The members in the order their keys were first set.
    public func makeIterator() -> IndexingIterator<[Member]> { members.makeIterator() }
}

extension TranscriptContext: Hashable {
    /// Equal when both have the same keys with equal values, in any order.
    public static func == (a: TranscriptContext, b: TranscriptContext) -> Bool {
        guard a.count == b.count else { return false }
        return a.members.allSatisfy { b[$0.key] == $0.value }
    }

    /// Hashes the members regardless of their order (as a dictionary does).
    public func hash(into hasher: inout Hasher) {
        var sum = 0
        for m in members {
            var h = Hasher()
            h.combine(m.key)
            h.combine(m.value)
            sum &+= h.finalize()
        }
        hasher.combine(members.count)
        hasher.combine(sum)
    }
}

extension TranscriptContext: ExpressibleByDictionaryLiteral {
    /// `["complaint": true]`; a repeated key keeps its last value.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        members.reserveCapacity(elements.count)
        for (key, value) in elements { self[key] = value }
    }
}

extension TranscriptContext: Codable {
    /// Reads a JSON object.
    public init(from decoder: Decoder) throws {
        self.init(try decoder.singleValueContainer().decode([String: JSONValue].self))
    }

    /// Writes a JSON object (as the dictionary it stands for).
    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(dictionary)
    }
}
