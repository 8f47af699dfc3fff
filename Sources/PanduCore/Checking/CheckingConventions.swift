/// The shared conventions of the standards (service-standards.md B0), as loaded from `conventions.yaml`.
public struct CheckingConventions: Hashable, Sendable {
    public var version: String
    public var honorificsVoice: [String]
    public var honorificsWritten: [String]
    /// Greeting windows in minutes of the local day, inclusive at both ends.
    public var greetingWindows: [GreetingWindow]
    /// The greeting word for 00:00.
    public var midnightGreeting: String
    /// Other words valid only inside a window, e.g. `sore: [petang]`.
    public var greetingSynonyms: [String: [String]]
    public var closingTimeKeys: [String]
    public var agentTimeKeys: [String]
    public var agentZoneKeys: [String]
    public var agentZoneDefault: TimeZoneCode
    /// Tokens up to this many letters must match exactly.
    public var exactUpToLetters: Int
    public var fuzzyTiers: [FuzzyTier]
    /// Real words never taken for a typo of a phrase word.
    public var knownWords: [String]
    public var gapMaxTokens: Int
    /// A gap never runs on into the next sentence (after . ! ?).
    public var gapWithinSentence: Bool
    public var skipMaxTokens: Int
    /// Tokens the agent may slip between the words of a phrase (may name `{honorific_any}`, `{customer_name}`).
    public var skipTokens: [String]
    /// Placeholders that stand for a set of phrases.
    public var macros: [String: [String]]
    public var ticketPrefix: String
    public var ticketDigits: Int
    public var initialsMinLetters: Int
    public var initialsMaxLetters: Int
    public var initialsContextKey: String
    public var phoneMinDigits: Int
    public var areaCodeMinDigits: Int
    public var nikDigits: Int
    /// Telkom's own service numbers, digits only: never personal data.
    public var officialNumbers: [String]
    public var referenceFacts: [ReferenceFact]
    public var closingTurns: Int
    /// Words a customer says that never name a place ("di sini"), for `{lokasi}`.
    public var locationIgnore: [String]
    public var passingScore: Double
    public var fatalScore: Double
    public var manualEvidence: String

    /// The draft's values (service-standards.md B0); the loader overrides them from the file.
    public init(
        version: String = "draft-0.1",
        honorificsVoice: [String] = ["Bapak", "Ibu", "Pak", "Bu"],
        honorificsWritten: [String] = ["Kak", "Kakak", "Bapak", "Ibu", "Pak", "Bu"],
        greetingWindows: [GreetingWindow] = GreetingWindow.draft,
        midnightGreeting: String = "malam", greetingSynonyms: [String: [String]] = ["sore": ["petang"]],
        closingTimeKeys: [String] = ["closing_local_time"], agentTimeKeys: [String] = ["agent_local_time"],
        agentZoneKeys: [String] = ["agent_timezone"], agentZoneDefault: TimeZoneCode = .wib,
        exactUpToLetters: Int = 3, fuzzyTiers: [FuzzyTier] = FuzzyTier.draft, knownWords: [String] = [],
        gapMaxTokens: Int = 8, gapWithinSentence: Bool = true, skipMaxTokens: Int = 3,
        skipTokens: [String] = ["ya", "{honorific_any}", "{customer_name}"],
        macros: [String: [String]] = [:], ticketPrefix: String = "IN", ticketDigits: Int = 8,
        initialsMinLetters: Int = 2, initialsMaxLetters: Int = 3, initialsContextKey: String = "agent_initials",
        phoneMinDigits: Int = 6, areaCodeMinDigits: Int = 9, nikDigits: Int = 16, officialNumbers: [String] = [],
        referenceFacts: [ReferenceFact] = [], closingTurns: Int = 2, locationIgnore: [String] = [],
        passingScore: Double = 85,
        fatalScore: Double = 0, manualEvidence: String = "perlu penilaian pendengar"
    ) {
        self.version = version
        self.honorificsVoice = honorificsVoice
        self.honorificsWritten = honorificsWritten
        self.greetingWindows = greetingWindows
        self.midnightGreeting = midnightGreeting
        self.greetingSynonyms = greetingSynonyms
        self.closingTimeKeys = closingTimeKeys
        self.agentTimeKeys = agentTimeKeys
        self.agentZoneKeys = agentZoneKeys
        self.agentZoneDefault = agentZoneDefault
        self.exactUpToLetters = exactUpToLetters
        self.fuzzyTiers = fuzzyTiers
        self.knownWords = knownWords
        self.gapMaxTokens = gapMaxTokens
        self.gapWithinSentence = gapWithinSentence
        self.skipMaxTokens = skipMaxTokens
        self.skipTokens = skipTokens
        self.macros = macros
        self.ticketPrefix = ticketPrefix
        self.ticketDigits = ticketDigits
        self.initialsMinLetters = initialsMinLetters
        self.initialsMaxLetters = initialsMaxLetters
        self.initialsContextKey = initialsContextKey
        self.phoneMinDigits = phoneMinDigits
        self.areaCodeMinDigits = areaCodeMinDigits
        self.nikDigits = nikDigits
        self.officialNumbers = officialNumbers
        self.referenceFacts = referenceFacts
        self.closingTurns = closingTurns
        self.locationIgnore = locationIgnore
        self.passingScore = passingScore
        self.fatalScore = fatalScore
        self.manualEvidence = manualEvidence
    }

    /// The greeting word for a minute of the local day, by the windows (00:00 = the midnight greeting).
    public func greeting(atMinute minute: Int) -> String {
        if minute == 0 { return midnightGreeting }
        return greetingWindows.first { $0.contains(minute) }?.name ?? midnightGreeting
    }

    /// The maximum typo distance for a phrase word of `letters` letters (0 = exact).
    public func maxDistance(letters: Int) -> Int {
        guard letters > exactUpToLetters else { return 0 }
        return fuzzyTiers.first { letters >= $0.minLetters && letters <= ($0.maxLetters ?? Int.max) }?.maxDistance ?? 0
    }
}

/// A greeting window, e.g. siang 10:01-15:00 (minutes of the day, inclusive; 24:00 = 1440).
public struct GreetingWindow: Hashable, Sendable {
    public var name: String
    public var fromMinute: Int
    public var toMinute: Int

    /// A window from one minute of the day to another, both included.
    public init(name: String, fromMinute: Int, toMinute: Int) {
        self.name = name
        self.fromMinute = fromMinute
        self.toMinute = toMinute
    }

    /// Whether `minute` falls inside, both ends included.
    public func contains(_ minute: Int) -> Bool { minute >= fromMinute && minute <= toMinute }

    /// The draft's windows: pagi 00:01-10:00, siang 10:01-15:00, sore 15:01-18:00, malam 18:01-24:00.
    public static let draft: [GreetingWindow] = [
        GreetingWindow(name: "pagi", fromMinute: 1, toMinute: 600),
        GreetingWindow(name: "siang", fromMinute: 601, toMinute: 900),
        GreetingWindow(name: "sore", fromMinute: 901, toMinute: 1080),
        GreetingWindow(name: "malam", fromMinute: 1081, toMinute: 1440),
    ]
}

/// A typo tolerance tier: phrase words of this many letters may be this far off (OSA distance).
public struct FuzzyTier: Hashable, Sendable {
    public var minLetters: Int
    public var maxLetters: Int?
    public var maxDistance: Int

    /// A tier; no `maxLetters` means open-ended.
    public init(minLetters: Int, maxLetters: Int? = nil, maxDistance: Int) {
        self.minLetters = minLetters
        self.maxLetters = maxLetters
        self.maxDistance = maxDistance
    }

    /// The draft's tiers: 4-8 letters ≤ 1, 9 or more ≤ 2.
    public static let draft: [FuzzyTier] = [
        FuzzyTier(minLetters: 4, maxLetters: 8, maxDistance: 1), FuzzyTier(minLetters: 9, maxDistance: 2),
    ]
}

/// A fact the agent may state that `context.reference` can contradict.
public struct ReferenceFact: Hashable, Sendable {
    public var name: String
    public var kind: Kind
    /// Reference fields holding the true value.
    public var fields: [String]
    /// Words next to the number (`mbps` after it, `tanggal` before it).
    public var cues: [String]
    /// One of these must come shortly before in the same sentence for the number to be this fact.
    public var context: [String]
    /// None of these may come shortly before (an offer's "upgrade ke 100 Mbps" is no statement of fact).
    public var except: [String]

    /// A fact read from the reference fields and found by its kind and cue words.
    public init(
        name: String, kind: Kind, fields: [String], cues: [String] = [], context: [String] = [], except: [String] = []
    ) {
        self.name = name
        self.kind = kind
        self.fields = fields
        self.cues = cues
        self.context = context
        self.except = except
    }

    /// How the stated value is found in the agent's words.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case phone, money, ticket
        case numberBefore = "number_before"
        case numberAfter = "number_after"
    }
}
