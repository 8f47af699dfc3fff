import Testing

@testable import PanduCore

@Suite("Typo tolerance")
struct OSADistanceTests {
    func near(_ a: String, _ b: String, _ limit: Int) -> Bool {
        OSADistance.within(Array(a.utf8)[...], Array(b.utf8)[...], limit: limit)
    }

    @Test("the standard's examples are within their tolerance")
    func specExamples() {
        #expect(near("pgi", "pagi", 1))
        #expect(near("telkm", "telkom", 1))
        #expect(near("bsa", "bisa", 1))
        #expect(near("soer", "sore", 1))
        #expect(near("batu", "bantu", 1))
        #expect(near("ketidaknyamananya", "ketidaknyamanannya", 2))
    }

    @Test("distances beyond the limit are refused")
    func beyondLimit() {
        #expect(!near("siang", "sore", 1))
        #expect(!near("makasih", "kasih", 1))
        #expect(!near("malam", "siang", 2))
    }

    @Test("tolerance follows the word's length: exact up to 3 letters, 1 for 4-8, 2 from 9")
    func tiers() {
        let c = CheckingConventions()
        #expect(c.maxDistance(letters: 3) == 0)
        #expect(c.maxDistance(letters: 4) == 1)
        #expect(c.maxDistance(letters: 8) == 1)
        #expect(c.maxDistance(letters: 9) == 2)
    }
}
