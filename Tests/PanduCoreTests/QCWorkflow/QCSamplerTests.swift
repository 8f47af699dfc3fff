import Testing

@testable import PanduCore

@Suite struct QCSamplerTests {
    let candidates: [PersonCode: [SessionID]] = [
        "1001": (0..<20).map { SessionID("A\($0)") },
        "1002": (0..<3).map { SessionID("B\($0)") },
    ]

    @Test func theSameSeedDrawsTheSameContactsWhateverTheOrderGiven() {
        let sampler = QCSampler(perAgent: 5, seed: SeededGenerator.seed("2026-11"))
        let first = sampler.draw(candidates: candidates, alreadyDrawn: [])
        let shuffled = candidates.mapValues { Array($0.reversed()) }
        #expect(sampler.draw(candidates: shuffled, alreadyDrawn: []) == first)
        #expect(first["1001"]?.count == 5)
        #expect(first["1002"]?.count == 3, "an agent with fewer contacts gives all of them")
        #expect(Set(first["1001"] ?? []).count == 5, "no contact twice in one draw")
        let other = QCSampler(perAgent: 5, seed: SeededGenerator.seed("2026-12")).draw(
            candidates: candidates, alreadyDrawn: [])
        #expect(other["1001"] != first["1001"], "another seed draws otherwise")
    }

    @Test func aContactDrawnBeforeIsNeverDrawnAgain() {
        let sampler = QCSampler(perAgent: 5, seed: 7)
        var drawn: Set<SessionID> = []
        for _ in 0..<4 {
            let next = sampler.draw(candidates: candidates, alreadyDrawn: drawn)
            let ids = next.values.flatMap { $0 }
            #expect(drawn.isDisjoint(with: ids))
            drawn.formUnion(ids)
        }
        #expect(drawn.count == 23, "four rounds of 5 exhaust 20 + 3 contacts exactly")
        #expect(sampler.draw(candidates: candidates, alreadyDrawn: drawn).isEmpty)
    }

    @Test func theGeneratorIsSplitMix64() {
        // Reference values of SplitMix64 seeded with 0.
        var g = SeededGenerator(seed: 0)
        #expect(g.next() == 0xE220_A839_7B1D_CDAF)
        #expect(g.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(SeededGenerator.seed("") == 0xCBF2_9CE4_8422_2325, "FNV-1a offset basis")
    }
}
