/// Compiles the standards: resolves word-list references, compiles every pattern once, and
/// remembers which words belong to required phrases (those tolerate typos).
struct CheckerBuilder {
    var compiler: PatternCompiler
    let wordLists: [String: WordList]
    private var cache: [String: PatternProgram] = [:]
    /// Words of required phrases: typo targets and never typos themselves.
    private(set) var phraseIDs: Set<UInt32> = []
    /// Where the pattern being compiled comes from, for error messages.
    var place = ""

    static let listPrefix = "word_lists."

    init(compiler: PatternCompiler, wordLists: [String: WordList]) {
        self.compiler = compiler
        self.wordLists = wordLists
    }

    /// The word list a reference names, or nil for a plain pattern.
    func list(_ ref: String) throws -> WordList? {
        guard ref.hasPrefix(Self.listPrefix) else { return nil }
        let name = String(ref.dropFirst(Self.listPrefix.count))
        guard let list = wordLists[name] else { throw CheckingError.unknownWordList(name: name, place: place) }
        return list
    }

    /// The pattern texts behind references (word lists expanded).
    func sources(_ refs: [String]) throws -> [String] {
        try refs.flatMap { ref in try list(ref)?.entries ?? [ref] }
    }

    /// The not-accepted patterns of the word lists referenced.
    func notAccepted(_ refs: [String]) throws -> [String] {
        try refs.flatMap { try list($0)?.notAccepted ?? [] }
    }

    mutating func program(_ source: String, phrase: Bool) throws -> PatternProgram {
        let program: PatternProgram
        if let cached = cache[source] {
            program = cached
        } else {
            do { program = try compiler.compile(source) } catch let error as PatternSyntaxError {
                throw CheckingError.invalidPattern(place: place, error: error)
            }
            cache[source] = program
        }
        if phrase { for literal in program.literals { phraseIDs.formUnion(literal.ids) } }
        return program
    }

    mutating func set(_ refs: [String], phrase: Bool) throws -> PatternSet {
        PatternSet(try sources(refs).map { try program($0, phrase: phrase) })
    }

    mutating func group(_ g: PatternGroup, phrase: Bool) throws -> CompiledGroup {
        let sources = try sources(g.patterns)
        return CompiledGroup(
            set: PatternSet(try sources.map { try program($0, phrase: phrase) }),
            unless: try set(g.unless, phrase: true), channels: g.channels, sources: sources)
    }

    mutating func condition(_ c: CheckCondition) throws -> CompiledCondition {
        var tests: [CompiledTest] = []
        for test in c.has {
            switch test {
            case .agentSays(let refs): tests.append(.agentSays(try set(refs, phrase: true)))
            case .customerSays(let refs): tests.append(.customerSays(try set(refs, phrase: true)))
            case .customerSaysFirst(let refs): tests.append(.customerSaysFirst(try set(refs, phrase: true)))
            default: tests.append(.simple(test))
            }
        }
        return CompiledCondition(base: c, tests: tests)
    }
}

/// Why the standards could not be turned into a checker, or a transcript not scored.
public enum CheckingError: Error, Hashable, Sendable, CustomStringConvertible {
    case invalidPattern(place: String, error: PatternSyntaxError)
    case unknownWordList(name: String, place: String)
    /// No loaded standard applies to this service, tier and channel.
    case noStandard(service: String, tier: String?, channel: String)
    case unknownStandard(StandardID)

    public var description: String {
        switch self {
        case .invalidPattern(let place, let error): "\(place): \(error)"
        case .unknownWordList(let name, let place): "\(place): unknown word list \"\(name)\""
        case .noStandard(let service, let tier, let channel):
            "no standard applies to service \(service), tier \(tier ?? "null"), channel \(channel)"
        case .unknownStandard(let id): "unknown standard \(id)"
        }
    }
}
