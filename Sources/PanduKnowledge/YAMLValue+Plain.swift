import Yams

/// Scalar readings by YAML 1.2 core rules on the scalar's text and style, independent of Yams' tag resolver,
/// so documents composed with `Resolver.basic` (fast) still read `true`, `12` and `~` correctly.
extension YAMLValue {
    /// A plain (unquoted) scalar's text, or nil for quoted scalars and collections.
    var plainText: String? {
        guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any else { return nil }
        return scalar.string
    }

    /// Whether this is null: a plain `~`, `null` or nothing at all.
    var isPlainNull: Bool {
        guard let text = plainText else { return false }
        return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
    }

    /// A plain `true` or `false` (any case), else nil.
    var plainBool: Bool? {
        switch plainText?.lowercased() {
        case "true": true
        case "false": false
        default: nil
        }
    }

    /// A plain decimal integer, optionally signed, else nil.
    var plainInt: Int? { plainText.flatMap { Int($0) } }

    /// The value as written, for messages: `"maybe"`, or `a list` / `a mapping`.
    var shownForMessage: String {
        guard case .scalar(let scalar) = node else { return "a \(kind)" }
        return "\"\(scalar.string)\"" + (plainText == nil ? " in quotes (write it without quotes)" : "")
    }
}
