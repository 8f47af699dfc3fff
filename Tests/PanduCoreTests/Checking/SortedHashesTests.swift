import Testing

@testable import PanduCore

@Suite("Sorted word hashes and remembered names")
struct SortedHashesTests {
    @Test("membership is that of a Set of the same hashes, repeats and order aside")
    func sameAsSet() {
        let hashes: [UInt64] = [42, 7, 7, .max, 0, 42, 1 << 63, 99, 3]
        let sorted = SortedHashes(hashes)
        let set = Set(hashes)
        for h in hashes + [1, 8, 41, 43, .max - 1, 100, 2] { #expect(sorted.contains(h) == set.contains(h), "\(h)") }
        #expect(!sorted.isEmpty)
        #expect(SortedHashes().isEmpty && !SortedHashes().contains(0))
        #expect(SortedHashes([5]).contains(5) && !SortedHashes([5]).contains(4))
    }

    @Test("a name's words from the memo are the words worked out afresh, by bytes: é and e + accent stay apart")
    func nameWordsFromMemo() {
        let memo = ScoringMemo(limit: 2)
        let names = [
            "Rina", "Andr\u{E9} Wijaya", "Andre\u{301} Wijaya", "Siti Nur-Aini", "O'Brien", "Rina", "", "Budi",
        ]
        for pass in 1...2 {
            for name in names {
                #expect(memo.nameWords(name) == ContactBindings.words(name), "\(name), pass \(pass)")
            }
        }
    }
}
