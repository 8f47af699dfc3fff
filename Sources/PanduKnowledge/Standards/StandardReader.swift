import PanduCore

/// Reads the standards files into Core's types, collecting every problem with its file and line, and
/// remembering each pattern and word-list reference for validation.
struct StandardReader {
    var problems: [KnowledgeError] = []
    /// Where each parameter is written, keyed `STANDARD PARAMETER` as the compiler names places.
    var places: [String: (file: String, line: Int)] = [:]
    /// Every pattern text met, with its place.
    var patterns: [(text: String, file: String, line: Int)] = []
    /// Every `word_lists.NAME` reference met, with its place.
    var references: [(name: String, file: String, line: Int)] = []
    /// Weights per standard, for the sum check.
    var weights: [(standard: String, file: String, line: Int, sum: Double)] = []
    var macroNames: Set<String> = []

    static let listPrefix = "word_lists."

    /// Records a pattern or reference text found at `line` of `file`.
    mutating func note(_ text: String, file: String, line: Int) {
        if text.hasPrefix(Self.listPrefix) {
            references.append((String(text.dropFirst(Self.listPrefix.count)), file, line))
        } else {
            patterns.append((text, file, line))
        }
    }

    /// Texts of a key, each noted as a pattern or reference.
    mutating func patternTexts(_ f: StandardFields, _ key: String) -> [String] {
        let items = f.texts(key, problems: &problems)
        for item in items { note(item.text, file: f.file, line: item.line) }
        return items.map(\.text)
    }

    /// Patterns in a list value, noted.
    mutating func patternTexts(_ v: YAMLValue, what: String) -> [String] {
        let items = StandardFields.texts(v, what: what, problems: &problems)
        for item in items { note(item.text, file: v.file, line: item.line) }
        return items.map(\.text)
    }

    /// `HH:MM` as minutes (24:00 = 1440); a bad value is recorded.
    mutating func clock(_ text: String, _ v: YAMLValue) -> Int? {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), (0...24).contains(h),
            (0...59).contains(m),
            h < 24 || m == 0
        else {
            problems.append(v.error("expected a time HH:MM, found \"\(text)\""))
            return nil
        }
        return h * 60 + m
    }
}
