import Foundation
import PanduCore
import Testing

@testable import PanduKnowledge

/// A batch hands one contact's emptied arrays to the next (`ScoringMemo`): nothing of one transcript may
/// reach the result of the next.
@Suite("Contact buffers reused in a batch")
struct ContactBuffersTests {
    let checker: PhraseChecker
    let cases: [LabelledCase]

    init() throws {
        checker = try StandardLoader.checker(folder: StandardsFixture.folder)
        cases = try LabelledCase.all()
    }

    @Test("two different transcripts scored in a row give what each gives scored alone")
    func pairsInARow() throws {
        for k in cases.indices.dropFirst() {
            let first = cases[k - 1].transcript
            let second = cases[k].transcript
            let memo = ScoringMemo()
            let a = try checker.score(first, standard: nil, memo: memo).json()
            let b = try checker.score(second, standard: nil, memo: memo).json()
            #expect(a == (try checker.score(first).json()), "\(cases[k - 1].file):\(cases[k - 1].line)")
            #expect(b == (try checker.score(second).json()), "\(cases[k].file):\(cases[k].line) after the one before")
        }
    }

    @Test("a short transcript after a long one, and the long one again, keep nothing of each other")
    func shortAfterLong() throws {
        let sorted = cases.map(\.transcript).sorted { $0.turns.count < $1.turns.count }
        let short = try #require(sorted.first)
        let long = try #require(sorted.last)
        #expect(long.turns.count > short.turns.count + 3)
        let memo = ScoringMemo()
        for t in [long, short, long, short, short] {
            #expect(try checker.score(t, standard: nil, memo: memo).json() == checker.score(t).json())
        }
    }

    @Test("holds, call ends and fuzzy searches of one contact do not carry over into a contact without them")
    func eventsDoNotCarryOver() throws {
        let withHold = try #require(
            cases.map(\.transcript).first { t in t.turns.contains { if case .hold = $0 { true } else { false } } })
        let without = try #require(
            cases.map(\.transcript).first { t in
                !t.turns.contains { if case .hold = $0 { true } else if case .callEnd = $0 { true } else { false } }
            })
        let memo = ScoringMemo()
        for t in [withHold, without, withHold] {
            #expect(try checker.score(t, standard: nil, memo: memo).json() == checker.score(t).json())
        }
    }
}
