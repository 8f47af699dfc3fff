import Foundation

/// The message catalogue: every user-facing text of the shell and the commands comes from here.
public struct Messages: Sendable {
    public let language: Language
    public init(_ language: Language) { self.language = language }

    /// The text of `key` with `{0}`, `{1}`, … replaced by `args`.
    public func callAsFunction(_ key: MessageKey, _ args: CustomStringConvertible...) -> String {
        format(key, args.map { $0.description })
    }

    /// The text of `key` with positional arguments.
    public func format(_ key: MessageKey, _ args: [String]) -> String {
        let table = language == .en ? MessageKey.english : MessageKey.indonesian
        var text = table[key] ?? key.rawValue
        for (i, arg) in args.enumerated() {
            text = text.replacingOccurrences(of: "{\(i)}", with: arg)
        }
        return text
    }
}
