/// One normalised token of a turn: its interned id, where its text lies, and what it looked like.
struct PhraseToken: Sendable {
    /// Vocabulary id, or 0 for a word no pattern or list knows.
    var id: UInt32 = 0
    /// For a word ending in the clitic `-nya`: the id of the word without it (else 0).
    var baseID: UInt32 = 0
    /// Offset and length of the normalised bytes in the contact's byte buffer.
    var normStart: Int32 = 0
    var normLength: Int32 = 0
    /// UTF-8 offsets of the original text in the turn (for quoting evidence).
    var rawStart: Int32 = 0
    var rawEnd: Int32 = 0
    var letters: Int16 = 0
    var flags: Flags = []
    /// Bit i set when the letter `a + i` occurs: a cheap filter before computing a typo distance.
    var letterMask: UInt32 = 0
    /// Phrase words this unknown token may be a typo of: a range in the contact's candidate list.
    var candidateStart: Int32 = 0
    var candidateCount: Int16 = 0

    /// What the tokenizer saw around and inside the token.
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt32
        /// Only digits (separators inside the number removed).
        static let numeric = Flags(rawValue: 1 << 0)
        /// First token of the turn or after . , ! ? ; : or a line break.
        static let clauseStart = Flags(rawValue: 1 << 1)
        /// Written with capitals only (and at least one letter).
        static let allCaps = Flags(rawValue: 1 << 2)
        /// Preceded by a dash sign-off mark (- – —).
        static let markDash = Flags(rawValue: 1 << 3)
        static let markTilde = Flags(rawValue: 1 << 4)
        static let markCaret = Flags(rawValue: 1 << 5)
        /// Had letters stretched three times or more (`kasihhh`).
        static let elongated = Flags(rawValue: 1 << 6)
        /// Hyphenated reduplication (`kira-kira`).
        static let reduplicated = Flags(rawValue: 1 << 7)
        /// A vocative the matcher may step over between phrase words (honorific, customer's name, `ya`).
        static let skippable = Flags(rawValue: 1 << 8)
        /// Contains at least one digit.
        static let hasDigit = Flags(rawValue: 1 << 9)
        /// Digits were joined by a hyphen to the previous numeric token ("0812-3456").
        static let hyphenJoined = Flags(rawValue: 1 << 10)
        /// Came from number words ("kosong dua satu").
        static let spokenNumber = Flags(rawValue: 1 << 11)
        /// First token of the turn or after . ! ? ; … or a line break.
        static let sentenceStart = Flags(rawValue: 1 << 12)
        /// The agent's first name: `{agent_name}` can start here.
        static let agentName = Flags(rawValue: 1 << 13)
        /// The customer's first name.
        static let customerName = Flags(rawValue: 1 << 14)
        /// Two or three capitals: `{initials}` can start here.
        static let initialsLike = Flags(rawValue: 1 << 15)
        /// Starts like a report id (`IN…`, or its first letter spelled out).
        static let ticketLike = Flags(rawValue: 1 << 16)
        /// A word naming the customer's location (`{lokasi}`).
        static let location = Flags(rawValue: 1 << 17)
    }
}

/// A turn of the contact after tokenising.
struct PreparedTurn: Sendable {
    enum Role: Sendable { case agent, customer }
    var role: Role
    /// Index in `Transcript.turns`.
    var transcriptIndex: Int
    /// Range in the contact's token array.
    var tokenStart: Int
    var tokenEnd: Int
    var text: String
    var emoji: Int
}
