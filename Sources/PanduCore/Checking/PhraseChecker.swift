/// The phrase checker and QC auto-scorer: built once from the loaded standards, then judges live
/// utterances (`UtteranceChecking`) and scores whole transcripts.
public struct PhraseChecker: UtteranceChecking {
    public let standards: StandardSet
    private let compiled: [CompiledStandard]
    private let tables: CheckerTables
    /// Each standard's `applies_to`, and the index of the first compiled standard with its id: a
    /// transcript's standard is found without copying a `Standard` (a copy retains each of its fields).
    private let selectors: [(appliesTo: [StandardSelector], compiled: Int)]

    /// Compiles every rule of `standards`; fails on a pattern or word-list reference that does not compile.
    public init(standards: StandardSet) throws {
        self.standards = standards
        var vocabulary = PhraseVocabulary()
        let draft = CheckerTables(conventions: standards.conventions, vocabulary: &vocabulary)
        var builder = CheckerBuilder(
            compiler: PatternCompiler(vocabulary: vocabulary, conventions: standards.conventions, tables: draft),
            wordLists: standards.wordLists)
        compiled = try standards.standards.map { try builder.compile($0) }
        let ids = standards.standards.map(\.id)
        selectors = standards.standards.enumerated().map { k, s in (s.appliesTo, ids.firstIndex(of: s.id) ?? k) }
        let vocab = builder.compiler.vocabulary
        let targets = builder.phraseIDs.union(draft.allGreetingIDs).union(draft.honorificAnyIDs)
        let lexicon = FuzzyLexicon(
            vocabulary: vocab, targets: targets, protected: targets.union(draft.knownWordIDs),
            conventions: standards.conventions)
        tables = CheckerTables(draft, vocabulary: vocab, lexicon: lexicon)
    }

    /// The standard a transcript is scored against: 108 → DRAFT-108, 147 T1 → DRAFT-147-T1,
    /// 147 T2 or outbound → DRAFT-147-T2, socmed → DRAFT-SOSMED (as the standards' `applies_to` say).
    public func standardID(for transcript: Transcript) -> StandardID? {
        standards.standard(service: transcript.service, tier: transcript.tier, channel: transcript.channel)?.id
    }

    /// The parameters judged on every agent turn in the live shell (language and fatal items).
    public func everyTurnParameters(of standard: StandardID) -> [ParameterID] {
        standards.standard(standard)?.everyTurnParameters ?? []
    }

    /// Scores a whole transcript (or snippet) against `standard`, or the one its service selects.
    public func score(_ transcript: Transcript, standard: StandardID? = nil) throws -> QCResult {
        try score(transcript, standard: standard, memo: nil)
    }

    /// The same; a batch passes one `memo` to every call so repeated turn texts and words are worked out once.
    public func score(_ transcript: Transcript, standard: StandardID?, memo: ScoringMemo?) throws -> QCResult {
        let target = try self.compiled(for: transcript, standard: standard)
        var evaluator = RuleEvaluator(
            contact: PreparedContact(
                transcript, medium: target.standard.medium, tables: tables, needsLocation: target.usesLocation,
                memo: memo),
            standard: target,
            tables: tables, live: nil)
        var results: [ParameterResult] = []
        results.reserveCapacity(target.parameters.count)
        for parameter in target.parameters { results.append(evaluator.evaluate(parameter)) }
        memo?.recycle(&evaluator.contact)  // the next transcript of the batch fills these arrays again
        return QCResult.scoring(
            id: transcript.id, standard: target.standard, weights: target.weights, results: results,
            scope: transcript.scope, fatalScore: tables.conventions.fatalScore)
    }

    /// Judges the newest agent turn of the contact so far against `parameters`, plus the standard's
    /// every-turn parameters; results in form order. Empty when no agent turn or no standard applies.
    public func checkLatestTurn(of transcript: Transcript, parameters: [ParameterID]) -> [ParameterResult] {
        guard let target = try? compiled(for: transcript, standard: nil) else { return [] }
        let contact = PreparedContact(
            transcript, medium: target.standard.medium, tables: tables, needsLocation: target.usesLocation)
        guard let newest = contact.agentTurns.last else { return [] }
        let wanted = Set(parameters).union(target.standard.everyTurnParameters)
        var evaluator = RuleEvaluator(contact: contact, standard: target, tables: tables, live: newest)
        var results = target.parameters.filter { wanted.contains($0.spec.id) }.map { evaluator.evaluate($0) }
        let known = Set(target.parameters.map(\.spec.id))
        for id in parameters where !known.contains(id) {
            results.append(
                ParameterResult(
                    parameter: id, name: id.rawValue, verdict: .na,
                    evidence: "parameter tidak dikenal di standar \(target.standard.id)"))
        }
        return results
    }

    private func compiled(for transcript: Transcript, standard: StandardID?) throws -> CompiledStandard {
        if let standard {
            guard let found = compiled.first(where: { $0.standard.id == standard }) else {
                throw CheckingError.unknownStandard(standard)
            }
            return found
        }
        // As `standardID(for:)` then the first compiled standard with that id, reading the selectors in place.
        let service = transcript.service
        let tier = transcript.tier
        let channel = transcript.channel
        for k in selectors.indices
        where selectors[k].appliesTo.contains(where: { $0.matches(service: service, tier: tier, channel: channel) }) {
            return compiled[selectors[k].compiled]
        }
        throw CheckingError.noStandard(service: service, tier: tier, channel: channel.rawValue)
    }
}

extension PhraseChecker {
    /// Placeholder names the engine binds itself; the conventions' macros add more.
    public static var builtInPlaceholders: Set<String> { PatternCompiler.builtInPlaceholders }
}
