import PanduCore

extension StandardReader {
    static let wordListKeys = [
        "words", "patterns", "accepted", "not_accepted", "abbreviations", "emoticons_text", "emoji", "all_caps",
        "allowed_abbreviations", "elongation",
    ]

    /// Reads `word-lists.yaml`: each list is a list of patterns, or a mapping of the known parts.
    mutating func wordLists(_ doc: YAMLDocument) -> [String: WordList] {
        guard
            let f = StandardFields(
                doc.root, what: "word-lists file", allowed: ["version", "word_lists"], problems: &problems),
            let listsValue = f.value("word_lists")
        else {
            problems.append(.invalid(file: doc.file, line: 1, message: "missing \"word_lists\""))
            return [:]
        }
        guard let lists = try? listsValue.mapping() else {
            problems.append(listsValue.error("\"word_lists\" must be a mapping of list name to words"))
            return [:]
        }
        var result: [String: WordList] = [:]
        for entry in lists.entries {
            if result[entry.key] != nil {
                problems.append(
                    .invalid(
                        file: doc.file, line: entry.keyLine, message: "word list \"\(entry.key)\" is defined twice"))
            }
            if case .mapping = entry.value.node {
                result[entry.key] = structured(entry.key, entry.value)
            } else {
                result[entry.key] = WordList(
                    name: entry.key, entries: patternTexts(entry.value, what: "word list \(entry.key)"))
            }
        }
        return result
    }

    private mutating func structured(_ name: String, _ v: YAMLValue) -> WordList {
        guard let f = StandardFields(v, what: "word list \(name)", allowed: Self.wordListKeys, problems: &problems)
        else {
            return WordList(name: name, entries: [])
        }
        let entries =
            patternTexts(f, "words") + patternTexts(f, "patterns") + patternTexts(f, "accepted")
            + patternTexts(f, "abbreviations")
        let notAccepted = patternTexts(f, "not_accepted")
        var written: WrittenRules?
        if ["emoticons_text", "emoji", "all_caps", "allowed_abbreviations", "elongation"].contains(where: f.has) {
            var rules = WrittenRules()
            rules.emoticons = f.texts("emoticons_text", problems: &problems).map(\.text)
            if let e = sub(f, "emoji", ["complaint_max", "other_max"]) {
                rules.emojiMaxOnComplaint = e.number("complaint_max", problems: &problems).map { Int($0) } ?? 0
                rules.emojiMaxOtherwise = e.number("other_max", problems: &problems).map { Int($0) } ?? 1
            }
            if let c = sub(f, "all_caps", ["min_run", "allowed"]) {
                rules.allCapsMinRun = c.number("min_run", problems: &problems).map { Int($0) } ?? 3
                rules.allCapsAllowed = c.texts("allowed", problems: &problems).map(\.text)
            }
            rules.allowedAbbreviations = f.texts("allowed_abbreviations", problems: &problems).map(\.text)
            rules.elongation = f.bool("elongation", problems: &problems) ?? true
            written = rules
        }
        return WordList(name: name, entries: entries, notAccepted: notAccepted, written: written)
    }
}
