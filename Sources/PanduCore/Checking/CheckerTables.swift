/// Everything the checker derives once from the conventions: vocabulary, typo lexicon, id sets.
/// A class, so every contact and evaluator shares one copy.
final class CheckerTables: Sendable {
    let vocabulary: PhraseVocabulary
    let lexicon: FuzzyLexicon
    let conventions: CheckingConventions
    let settings: MatchSettings
    let honorificVoiceIDs: [UInt32]
    let honorificWrittenIDs: [UInt32]
    let honorificAnyIDs: [UInt32]
    /// Greeting words valid in each window (the window's name and its synonyms).
    let greetingIDsByWindow: [String: [UInt32]]
    let allGreetingIDs: [UInt32]
    let skipIDs: [UInt32]
    let locationIgnore: Set<UInt64>
    let rupiahIDs: [UInt32]
    let scaleIDs: [UInt32: Int]
    let knownWordIDs: [UInt32]

    /// The same tables with the final vocabulary and typo lexicon, once every pattern is compiled.
    init(_ t: CheckerTables, vocabulary: PhraseVocabulary, lexicon: FuzzyLexicon) {
        self.vocabulary = vocabulary
        self.lexicon = lexicon
        conventions = t.conventions
        settings = t.settings
        honorificVoiceIDs = t.honorificVoiceIDs
        honorificWrittenIDs = t.honorificWrittenIDs
        honorificAnyIDs = t.honorificAnyIDs
        greetingIDsByWindow = t.greetingIDsByWindow
        allGreetingIDs = t.allGreetingIDs
        skipIDs = t.skipIDs
        locationIgnore = t.locationIgnore
        rupiahIDs = t.rupiahIDs
        scaleIDs = t.scaleIDs
        knownWordIDs = t.knownWordIDs
    }

    /// Interns the conventions' own words into `vocabulary`; the lexicon is set once every pattern is compiled.
    init(conventions c: CheckingConventions, vocabulary v: inout PhraseVocabulary) {
        func ids(_ words: [String]) -> [UInt32] { words.map { v.intern(Array($0.lowercased().utf8)[...]) } }
        honorificVoiceIDs = ids(c.honorificsVoice)
        honorificWrittenIDs = ids(c.honorificsWritten)
        honorificAnyIDs = Array(Set(honorificVoiceIDs + honorificWrittenIDs)).sorted()
        var byWindow: [String: [UInt32]] = [:]
        for w in c.greetingWindows { byWindow[w.name] = ids([w.name] + (c.greetingSynonyms[w.name] ?? [])) }
        greetingIDsByWindow = byWindow
        allGreetingIDs = Array(Set(byWindow.values.flatMap { $0 })).sorted()
        let plainSkips = c.skipTokens.filter { !$0.hasPrefix("{") }
        var skips = ids(plainSkips)
        if c.skipTokens.contains("{honorific_any}") { skips += honorificAnyIDs }
        if c.skipTokens.contains("{honorific}") { skips += honorificAnyIDs }
        skipIDs = skips
        locationIgnore = Set(c.locationIgnore.map { PhraseVocabulary.hash(Array($0.lowercased().utf8)[...]) })
        rupiahIDs = ids(["rp", "rupiah"])
        let scales = ids(["ribu", "juta"])
        scaleIDs = [scales[0]: 1000, scales[1]: 1_000_000]
        knownWordIDs = ids(c.knownWords)
        _ = ids(c.referenceFacts.flatMap { $0.cues + $0.context + $0.except })
        conventions = c
        settings = MatchSettings(c)
        vocabulary = v
        lexicon = FuzzyLexicon(vocabulary: v, targets: [], protected: [], conventions: c)
    }
}
