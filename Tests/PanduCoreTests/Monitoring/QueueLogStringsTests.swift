import Testing

@testable import PanduCore

/// The parser's interned texts (`QueueLogStrings`) and call numbers (`QueueLogPreparation`): the same bytes
/// give the same number and the same `String` as decoding them; other bytes another; numbers survive the table
/// growing; calls are numbered in the order their first call line comes, as a dictionary of call ids numbers them.
@Suite("QueueLogStrings: interned texts and call numbers")
struct QueueLogStringsTests {
    @Test func theSameBytesAreOneTextAndOtherBytesAnother() {
        var table = QueueLogStrings(capacity: 4)
        let texts: [[UInt8]] =
            (0..<500).map { Array("1793491738.\($0)".utf8) } + [[], [0xFF], [0xFE], Array("agënt".utf8), [0]]
        var numbers: [Int] = []
        for t in texts {
            numbers.append(t.withUnsafeBufferPointer { table.intern($0, 0..<$0.count) })
        }
        #expect(numbers == Array(0..<texts.count))
        for (k, t) in texts.enumerated() {
            let again = t.withUnsafeBufferPointer { table.intern($0, 0..<$0.count) }
            #expect(again == k)
            #expect(table.strings[k] == String(decoding: t, as: UTF8.self))
        }
        #expect(table.count == texts.count)
        // Invalid bytes decode to the same text (U+FFFD) yet stay two entries: their records' bytes differ.
        #expect(table.strings[501] == table.strings[502])
    }

    @Test func callsAreNumberedInTheOrderTheirFirstCallLineComes() throws {
        let log = [
            "100|c2|147|NONE|ENTERQUEUE||0811|1", "101|NONE|147|Rina|PAUSE|x", "102|c1|147|NONE|ENTERQUEUE||0812|1",
            "90|c2|147|Rina|CONNECT|3|m|1", "130|c2|147|Rina|COMPLETECALLER|3|27|1", "131|c1|147|NONE|INFO|x",
            "140|c1|147|NONE|ABANDON|1|1|38",
        ].joined(separator: "\n")
        let bytes = Array(log.utf8)
        let parsed = bytes.withUnsafeBufferPointer { QueueLogParser().prepare(bytes: $0) }
        let p = try #require(parsed.preparation)
        #expect(p.callNumbers == [0, -1, 1, 0, 0, -1, 1])
        #expect(p.callFirstLines == [0, 2])
        #expect(p.callFirstEpochs == [90, 102])
        #expect(p.callLastEpochs == [130, 140])
        // Records share their interned texts and read as the plain parser's.
        var plain = bytes.withUnsafeBufferPointer { QueueLogParser().parse(bytes: $0) }
        plain.preparation = p
        #expect(parsed == plain)
    }
}
