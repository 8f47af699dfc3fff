/// A compiled phrase pattern: a small backtracking program over interned tokens. A class, so the many
/// rules sharing one pattern share it without copying. Immutable after init (hence `@unchecked Sendable`:
/// its `code` is a read-only copy of `ops` the matcher runs without reference counting).
final class PatternProgram: @unchecked Sendable {
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

    /// `ops` encoded for the matcher, `Code.stride` words an op; literal ids, slots and flags in side tables.
    let code: Code

    init(ops: [Op], literals: [PatternLiteral], source: String, first: FirstTokens) {
        self.ops = ops
        self.literals = literals
        self.source = source
        self.first = first
        code = Code(ops, literals)
    }

    deinit { code.free() }
}

extension PatternProgram {
    /// The ops as plain words in memory the program owns: reading them retains nothing (an `[Op]` read
    /// through the class retained the array, and a literal's `[UInt32]` its ids, at every step).
    struct Code {
        static let stride = 3
        static let match: Int32 = 0
        static let literal: Int32 = 1
        static let slot: Int32 = 2
        static let mark: Int32 = 3
        static let clauseStart: Int32 = 4
        static let split: Int32 = 5
        static let jump: Int32 = 6
        static let gap: Int32 = 7

        /// Op `pc` is `words[3 pc]` (kind) with operands `words[3 pc + 1]`, `words[3 pc + 2]`: a literal's
        /// offset and count in `ids`, a slot's index in `slots`, a mark's flags, a split's or jump's targets.
        let words: UnsafeMutablePointer<Int32>
        let ids: UnsafeMutablePointer<UInt32>
        let slots: UnsafeMutablePointer<PatternSlot>
        /// The number of ops (a bound on the matcher's backtracking stack).
        let opCount: Int

        init(_ ops: [Op], _ literals: [PatternLiteral]) {
            opCount = ops.count
            words = .allocate(capacity: ops.count * Self.stride)
            let idCount = literals.reduce(0) { $0 + $1.ids.count }
            ids = .allocate(capacity: max(idCount, 1))
            slots = .allocate(capacity: max(ops.count, 1))
            var nextID = 0
            var nextSlot = 0
            var offsets: [Int32] = []
            for literal in literals {
                offsets.append(Int32(nextID))
                for id in literal.ids {
                    ids[nextID] = id
                    nextID += 1
                }
            }
            for (pc, op) in ops.enumerated() {
                var w: (Int32, Int32, Int32) = (Self.match, 0, 0)
                switch op {
                case .match: w = (Self.match, 0, 0)
                case .literal(let k): w = (Self.literal, offsets[Int(k)], Int32(literals[Int(k)].ids.count))
                case .slot(let slot):
                    (slots + nextSlot).initialize(to: slot)
                    w = (Self.slot, Int32(nextSlot), 0)
                    nextSlot += 1
                case .mark(let flags): w = (Self.mark, Int32(bitPattern: flags.rawValue), 0)
                case .clauseStart: w = (Self.clauseStart, 0, 0)
                case .split(let a, let b): w = (Self.split, a, b)
                case .jump(let a): w = (Self.jump, a, 0)
                case .gap: w = (Self.gap, 0, 0)
                }
                words[pc * Self.stride] = w.0
                words[pc * Self.stride + 1] = w.1
                words[pc * Self.stride + 2] = w.2
            }
            slotCount = nextSlot
        }

        private let slotCount: Int

        func free() {
            words.deallocate()
            ids.deallocate()
            slots.deinitialize(count: slotCount)
            slots.deallocate()
        }
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
