/// A standard with every rule compiled against the checker's vocabulary.
final class CompiledStandard: Sendable {
    let standard: Standard
    let parameters: [CompiledParameter]
    /// Every required phrase of the standard: a typo in one of them is a typo (written channels).
    let typoProbe: PatternSet
    /// The same phrases one per set, to tell whether a phrase was also written correctly.
    let typoSingles: [PatternSet]
    /// Some pattern uses `{lokasi}`, so contacts bind the customer's words.
    let usesLocation: Bool
    let weights: ScoreWeights

    init(standard: Standard, parameters: [CompiledParameter], typoProbe: [PatternProgram], usesLocation: Bool) {
        self.standard = standard
        self.parameters = parameters
        self.typoProbe = PatternSet(typoProbe)
        self.typoSingles = typoProbe.map { PatternSet([$0]) }
        self.usesLocation = usesLocation
        weights = ScoreWeights(standard)
    }
}

/// One parameter ready to evaluate.
final class CompiledParameter: Sendable {
    let spec: StandardParameter
    let rule: CompiledRule
    let when: [CompiledCondition]
    let naWhen: [CompiledCondition]
    /// The fields of `spec` every evaluation reads, kept apart: reaching into the large `spec` copies it.
    let id: ParameterID
    let name: String
    let manual: Bool
    let fatal: Bool
    let suggestion: String?

    init(spec: StandardParameter, rule: CompiledRule, when: [CompiledCondition], naWhen: [CompiledCondition]) {
        self.spec = spec
        self.rule = rule
        self.when = when
        self.naWhen = naWhen
        id = spec.id
        name = spec.name
        manual = spec.manual
        fatal = spec.fatal
        suggestion = spec.suggestion
    }
}

enum CompiledRule: Sendable {
    case phrases(CompiledPhraseRule)
    case forbidden(CompiledForbidden)
    case holdDuration(Int)
    case responseTime(ResponseTimeCheck)
    case facts(FactComparison)
    case disclosure(CompiledDisclosure)
    case manual
}

/// Patterns that count together, with the patterns that excuse them in the same turn.
struct CompiledGroup: Sendable {
    var set: PatternSet
    var unless: PatternSet
    var channels: [String]
    var sources: [String]
}

/// A phrase rule compiled: its window, required groups, fail patterns and order anchor.
final class CompiledPhraseRule: Sendable {
    let window: CheckWindow
    let any: [CompiledGroup]
    let all: [CompiledGroup]
    let minCount: Int
    let failIfAny: [CompiledGroup]
    let notAccepted: PatternSet
    let before: PatternSet
    let whenMissing: Verdict
    let hangupNeeds: PatternSet
    let diagnose: [(set: PatternSet, evidence: String)]
    /// Every required pattern, to tell whether the customer spoke first (147-O5).
    let anchor: PatternSet

    init(
        window: CheckWindow, any: [CompiledGroup], all: [CompiledGroup], minCount: Int, failIfAny: [CompiledGroup],
        notAccepted: PatternSet, before: PatternSet, whenMissing: Verdict, hangupNeeds: PatternSet,
        diagnose: [(set: PatternSet, evidence: String)], anchor: PatternSet
    ) {
        self.window = window
        self.any = any
        self.all = all
        self.minCount = minCount
        self.failIfAny = failIfAny
        self.notAccepted = notAccepted
        self.before = before
        self.whenMissing = whenMissing
        self.hangupNeeds = hangupNeeds
        self.diagnose = diagnose
        self.anchor = anchor
    }
}

/// A forbidden-words rule compiled.
final class CompiledForbidden: Sendable {
    let window: CheckWindow
    let lists: PatternSet
    let firstTurn: PatternSet
    /// Ids of single forbidden words, for reduplicated forms (`ngerti-ngerti`).
    let singleWords: Set<UInt32>
    let written: WrittenRules?
    let typos: Bool
    /// The written rules made ready for byte-level checks.
    let writtenTables: WrittenTables?

    init(
        window: CheckWindow, lists: PatternSet, firstTurn: PatternSet, singleWords: Set<UInt32>, written: WrittenRules?,
        typos: Bool, writtenTables: WrittenTables?
    ) {
        self.writtenTables = writtenTables
        self.window = window
        self.lists = lists
        self.firstTurn = firstTurn
        self.singleWords = singleWords
        self.written = written
        self.typos = typos
    }
}

/// A disclosure-order rule compiled.
final class CompiledDisclosure: Sendable {
    let disclosure: PatternSet
    let requires: PatternSet
    let confirmedByCustomer: Bool
    let satisfiedWhen: [CompiledCondition]
    let violatedWhen: [CompiledCondition]

    init(
        disclosure: PatternSet, requires: PatternSet, confirmedByCustomer: Bool, satisfiedWhen: [CompiledCondition],
        violatedWhen: [CompiledCondition]
    ) {
        self.disclosure = disclosure
        self.requires = requires
        self.confirmedByCustomer = confirmedByCustomer
        self.satisfiedWhen = satisfiedWhen
        self.violatedWhen = violatedWhen
    }
}

/// A condition with its pattern tests compiled.
final class CompiledCondition: Sendable {
    let base: CheckCondition
    let tests: [CompiledTest]
    /// `base.context` and `base.contextNot` as lists, read for every parameter of every contact (walking a
    /// dictionary costs more than its few pairs).
    let context: [(key: String, value: JSONValue)]
    let contextNot: [(key: String, value: JSONValue)]
    /// Only the tests can fail: no scope, context, channel or name part (most conditions).
    let testsOnly: Bool

    init(base: CheckCondition, tests: [CompiledTest]) {
        self.base = base
        self.tests = tests
        context = base.context.sorted { $0.key < $1.key }.map { (key: $0.key, value: $0.value) }
        contextNot = base.contextNot.sorted { $0.key < $1.key }.map { (key: $0.key, value: $0.value) }
        testsOnly =
            base.scopes.isEmpty && base.context.isEmpty && base.contextNot.isEmpty && base.channels.isEmpty
            && base.customerNameKnown == nil
    }
}

enum CompiledTest: Sendable {
    case simple(ContentTest)
    case agentSays(PatternSet)
    case customerSays(PatternSet)
    case customerSaysFirst(PatternSet)
}

/// Emoticons and allowed acronyms as bytes, so written replies are checked without string searches.
struct WrittenTables: Sendable {
    /// Emoticons of signs (`:)`), looked for in the raw text.
    var signs: [[UInt8]] = []
    /// Emoticons of letters (`xD`), lower-cased, compared with whole tokens.
    var words: [[UInt8]] = []
    /// `wkwk*`: tokens starting with these.
    var prefixes: [[UInt8]] = []
    /// Official acronyms that may be written in capitals.
    var acronyms: Set<[UInt8]> = []

    init(_ rules: WrittenRules) {
        for e in rules.emoticons {
            if e.hasSuffix("*") {
                prefixes.append(Array(e.dropLast().lowercased().utf8))
            } else if e.allSatisfy(\.isLetter) {
                words.append(Array(e.lowercased().utf8))
            } else {
                signs.append(Array(e.utf8))
            }
        }
        acronyms = Set(rules.allCapsAllowed.map { Array($0.lowercased().utf8) })
    }
}
