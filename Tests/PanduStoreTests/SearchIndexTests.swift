import PanduCore
import PanduStore
import Testing

@Suite("SearchIndex")
struct SearchIndexTests {
    let index: SearchIndex

    init() throws {
        index = try SearchIndex(articles: SearchFixtures.articles, directory: SearchFixtures.directory)
    }

    private func articles(_ words: String, limit: Int = 10) throws -> [String] {
        try index.searchArticles(words, limit: limit).map(\.item.id)
    }

    private func directory(_ words: String, city: String? = nil, limit: Int = 10) throws -> [String] {
        try index.searchDirectory(words, city: city, limit: limit).map(\.item.id)
    }

    @Test func titleOutranksBody() throws {
        // "gangguan internet" is KB-001's title and only in KB-002's body.
        #expect(try articles("gangguan internet ") == ["KB-001", "KB-002"])
        let hits = try index.searchArticles("tagihan", limit: 10)
        #expect(hits.first?.item.id == "KB-002")
        #expect(hits.map(\.rank) == hits.map(\.rank).sorted())
    }

    @Test func wordOrderAndCaseDoNotMatter() throws {
        let expected = try articles("internet lambat ")
        #expect(expected.first == "KB-001")
        #expect(try articles("LAMBAT Internet ") == expected)
        #expect(try articles("  lambat,   INTERNET!! ") == expected)
    }

    @Test func theLastWordMatchesAsAPrefixWhileTyping() throws {
        #expect(try articles("pindah ala") == ["KB-003"])
        #expect(try articles("isol") == ["KB-004"])
        #expect(try articles("isol ") == [])
        #expect(try directory("savo").first == "D4")
    }

    @Test func diacriticsAreIgnoredBothWays() throws {
        #expect(try articles("cafe") == ["KB-005"])
        #expect(try articles("kafé") == ["KB-005"])
        #expect(try directory("borroméus") == ["D2"])
    }

    @Test func citiesAreMatchedAsWords() throws {
        let hospitals = try directory("rumah sakit bandung")
        #expect(Set(hospitals.prefix(3)) == ["D1", "D2", "D9"])
        #expect(!hospitals.contains("D3") && !hospitals.contains("D7"))
        #expect(try directory("bandung rumah sakit ") == hospitals)
    }

    @Test func theCityFilterKeepsOnlyThatCity() throws {
        let hits = try directory("rumah sakit", city: "bandung")
        #expect(hits.contains("D1") && hits.contains("D2"))
        #expect(!hits.contains("D3"))
        #expect(try directory("rumah sakit", city: "Jakarta") == ["D3"])
        #expect(try directory("rumah sakit", city: "jakarta pusat") == ["D3"])
        #expect(try directory("hotel", city: "Surabaya") == [])
        #expect(try directory("hotel", city: "  ") == ["D4"])
    }

    @Test func namesOutrankAddresses() throws {
        // D5's address is "Jl. Rumah Sakit"; the hospitals are named and categorised so.
        let hits = try directory("rumah sakit", city: "Bandung")
        #expect(hits.last == "D5")
    }

    @Test func unlistedEntriesAreFoundSoTheAgentCanDecline() throws {
        let hit = try index.searchDirectory("dinas kesehatan", limit: 5).first
        #expect(hit?.item.id == "D8" && hit?.item.listed == false)
    }

    @Test func aWordThatMatchesNothingFallsBackToAnyWord() throws {
        let hits = try directory("rumah sakit di bandung")
        #expect(hits.contains("D1") && hits.contains("D2") && ["D1", "D2", "D9"].contains(hits.first))
        #expect(try articles("xyzzy") == [])
    }

    @Test func limitsAreRespected() throws {
        #expect(try directory("bandung", limit: 2).count == 2)
        #expect(try directory("bandung", limit: 0) == [])
        #expect(try directory("bandung", limit: -3) == [])
    }

    @Test(arguments: [
        "", "   ", "\"", "\"\"\"", "*", "**", "-", "- - -", "AND", "OR", "NOT", "NEAR", "NEAR(a b)", "a AND",
        "'; DROP TABLE x; --", "\" OR 1=1 --", "title:gangguan", "{title body}: x", "^internet", "internet)",
        "(((", "a\"b", "tagihan\u{1}", "💥🔥", "\u{202E}evil", "a*b*c", "+internet -tagihan",
    ])
    func hostileInputNeverErrors(_ input: String) throws {
        _ = try index.searchArticles(input, limit: 5)
        _ = try index.searchDirectory(input, city: input, limit: 5)
        _ = try index.searchDirectory(input, limit: 5)
    }

    @Test func aHugeLineIsCutShortNotRejected() throws {
        let huge = String(repeating: "tagihan ", count: 125_000) + "\0"
        #expect(try articles(huge).first == "KB-002")
        _ = try index.searchDirectory(huge, city: huge, limit: 5)
    }

    @Test func sqlLookingInputIsJustWords() throws {
        #expect(try articles("'; DROP TABLE article_fts; --") == [])
        #expect(try articles("tagihan\"; --").first == "KB-002")
        #expect(try articles("gangguan AND") .contains("KB-001"))
        #expect(try articles("AND") == [])
        // The index still answers afterwards.
        #expect(try articles("isolir").first == "KB-004")
    }

    @Test func anEmptyIndexFindsNothing() throws {
        let empty = try SearchIndex(articles: [], directory: [])
        #expect(try empty.searchArticles("internet", limit: 5).isEmpty)
        #expect(try empty.searchDirectory("bandung", city: "bandung", limit: 5).isEmpty)
    }
}
