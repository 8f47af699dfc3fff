/// A compiled phrase pattern: a small backtracking program over interned tokens. A class, so the many
/// rules sharing one pattern share it without copying.
final class PatternProgram: Sendable {
    enum Op: Sendable {
        case literal(Int32)
        case slot(PatternSlot)
        /// The token at the position carries this sign-off mark.
        case mark(PhraseToken.Flags)
        /// The token at the position starts a clause.
        case clauseStart
        /// Try the first branch, then the second.
        case split(Int32, Int32)
        case jump(Int32)
        /// Skip 0…gap tokens, fewest first.
        case gap
        case match
    }

    let ops: [Op]
    let literals: [PatternLiteral]
    /// The source text, for evidence and messages.
    let source: String
    /// What the first token of a match can be.
    let first: FirstTokens

    init(ops: [Op], literals: [PatternLiteral], source: String, first: FirstTokens) {
        self.ops = ops
        self.literals = literals
        self.source = source
        self.first = first
    }
}

/// The tokens a match of a pattern can start with, so a search skips positions it cannot match at.
struct FirstTokens: Sendable {
    /// Word ids that can start a match.
    var ids: Set<UInt32> = []
    /// A token with digits can start a match (numbers, amounts).
    var digits = false
    /// A token with one of these flags can start a match (names, initials, report ids, places).
    var dynamic: PhraseToken.Flags = []
    /// Any token can (names, gaps): the pattern is tried everywhere.
    var any = false
}

/// One token position of a pattern: its accepted ids and, for typo tolerance, their spellings.
struct PatternLiteral: Sendable {
    var ids: [UInt32]
    var fuzzy: [FuzzyForm]
}

/// A phrase word that tolerates typos: its bytes, letter mask and allowed distance.
struct FuzzyForm: Sendable {
    var bytes: [UInt8]
    var mask: UInt32
    var limit: Int
}

/// Placeholders bound to the contact when matching.
enum PatternSlot: String, Sendable, CaseIterable {
    case agentName = "agent_name"
    case customerName = "customer_name"
    case honorific
    case honorificAny = "honorific_any"
    case greetingTime = "greeting_time"
    case wrongGreetingTime = "wrong_greeting_time"
    case number
    case phone
    case phoneArea = "phone_area"
    case money
    case nik
    case ticketID = "ticket_id"
    case initials
    case lokasi
}
