/// What the placeholders of a pattern stand for in one contact: names, honorifics, greeting words, ticket.
struct ContactBindings: Sendable {
    var agentName: [[UInt8]] = []
    var customerName: [[UInt8]] = []
    var honorificIDs: [UInt32] = []
    var honorificAnyIDs: [UInt32] = []
    /// Correct greeting words for the opening and for the closing (word + synonyms of its window).
    var openingGreetingIDs: [UInt32] = []
    var closingGreetingIDs: [UInt32] = []
    var allGreetingIDs: [UInt32] = []
    var openingGreeting: String?
    var closingGreeting: String?
    var localTime: String?
    var closingTime: String?
    var timezone: String?
    var ticketDigits: String?
    var initials: [UInt8]?
    /// Words that name the customer's location: the reference city, or words the customer said.
    var locationHashes = SortedHashes()
    var skipIDs: [UInt32] = []
    var rupiahIDs: [UInt32] = []
    var scaleIDs: [UInt32: Int] = [:]
    var channel: Channel = .voice
    var written = false
    var complaint = false
}

/// Numbers and limits the matcher needs from the conventions.
struct MatchSettings: Sendable {
    var gapMax: Int
    var gapWithinSentence: Bool
    var skipMax: Int
    var phoneMinDigits: Int
    var areaCodeMinDigits: Int
    var nikDigits: Int
    var ticketPrefix: [UInt8]
    var ticketDigits: Int
    var initialsMin: Int
    var initialsMax: Int
    var officialNumbers: Set<String>
    var greetingFuzzy: [FuzzyForm]

    init(_ c: CheckingConventions, greetingFuzzy: [FuzzyForm] = []) {
        gapMax = c.gapMaxTokens
        gapWithinSentence = c.gapWithinSentence
        skipMax = c.skipMaxTokens
        phoneMinDigits = c.phoneMinDigits
        areaCodeMinDigits = c.areaCodeMinDigits
        nikDigits = c.nikDigits
        ticketPrefix = Array(c.ticketPrefix.lowercased().utf8)
        ticketDigits = c.ticketDigits
        initialsMin = c.initialsMinLetters
        initialsMax = c.initialsMaxLetters
        officialNumbers = Set(c.officialNumbers.map { String($0.filter(\.isNumber)) })
        self.greetingFuzzy = greetingFuzzy
    }
}
