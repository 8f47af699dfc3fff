/// A named word list of `word-lists.yaml`: patterns that count, patterns shown as not accepted,
/// and for the written channels the extra rules.
public struct WordList: Hashable, Sendable {
    public var name: String
    /// Words and patterns that count (words, patterns, accepted phrases, abbreviations).
    public var entries: [String]
    public var notAccepted: [String]
    public var written: WrittenRules?

    /// A word list.
    public init(name: String, entries: [String], notAccepted: [String] = [], written: WrittenRules? = nil) {
        self.name = name
        self.entries = entries
        self.notAccepted = notAccepted
        self.written = written
    }
}

/// The written-channel rules of `forbidden_written_extra` beyond its abbreviations.
public struct WrittenRules: Hashable, Sendable {
    /// Emoticons; a trailing `*` matches any token starting with the rest (`wkwk*`).
    public var emoticons: [String]
    public var emojiMaxOnComplaint: Int
    public var emojiMaxOtherwise: Int
    public var allCapsMinRun: Int
    public var allCapsAllowed: [String]
    public var allowedAbbreviations: [String]
    /// Stretched letters (`kasihhh`) are not baku.
    public var elongation: Bool

    /// The written-channel rules, with the draft's limits as defaults.
    public init(
        emoticons: [String] = [], emojiMaxOnComplaint: Int = 0, emojiMaxOtherwise: Int = 1, allCapsMinRun: Int = 3,
        allCapsAllowed: [String] = [], allowedAbbreviations: [String] = [], elongation: Bool = true
    ) {
        self.emoticons = emoticons
        self.emojiMaxOnComplaint = emojiMaxOnComplaint
        self.emojiMaxOtherwise = emojiMaxOtherwise
        self.allCapsMinRun = allCapsMinRun
        self.allCapsAllowed = allCapsAllowed
        self.allowedAbbreviations = allowedAbbreviations
        self.elongation = elongation
    }
}
