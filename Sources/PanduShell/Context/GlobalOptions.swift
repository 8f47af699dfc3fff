import ArgumentParser

/// Options every command takes: where the store and the knowledge are, the language, and (hidden) the clock.
public struct GlobalOptions: ParsableArguments, Sendable {
    @Option(name: .long, help: "The store: a SQLite file path or postgres://… (env PANDU_STORE).")
    public var store: String?

    @Option(name: .long, help: "The knowledge folder (env PANDU_KNOWLEDGE).")
    public var knowledge: String?

    @Option(name: .long, help: "Language of messages: id (default) or en (env PANDU_LANG).")
    public var lang: String?

    @Option(name: .long, help: .hidden)
    public var now: String?

    public init() {}
}
