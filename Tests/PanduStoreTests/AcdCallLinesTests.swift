import Foundation
import GRDB
import PanduCore
import Testing

@testable import PanduStore

/// `QueueLogLineBlocks.callLines`, which skips other calls' stored lines by the hash of their id bytes
/// (`CallIDFilter`): it finds exactly what reading every line and comparing the ids as strings finds, for ASCII
/// ids, ids that are not ASCII, and ids that are canonically equal with other bytes (String equality).
@Suite struct AcdCallLinesTests {
    /// 1795222800 is a bucket start (a multiple of 900).
    static let t0: Int64 = 1_795_222_800

    static func call(_ id: String, at dt: Int64) -> [String] {
        [
            "\(t0 + dt)|\(id)|147|NONE|ENTERQUEUE||0811|1",
            "\(t0 + dt + 5)|\(id)|147|Rina|CONNECT|5|m|1",
            "\(t0 + dt + 65)|\(id)|147|Rina|COMPLETECALLER|5|60|1",
        ]
    }

    /// 300 ASCII calls over three buckets with agent lines between, then calls with non-ASCII ids: KELVIN SIGN
    /// (canonically "K"), é precomposed and decomposed.
    static var log: String {
        var lines: [String] = []
        for c in 0..<300 {
            lines += call("c\(c)", at: Int64(c * 8))
            lines.append("\(t0 + Int64(c * 8))|NONE|147|Rina|PAUSE|r")
        }
        lines +=
            call("c\u{212A}", at: 100) + call("cK", at: 200) + call("c\u{E9}", at: 300)
            + call("ce\u{301}", at: 400)
        return lines.joined(separator: "\n")
    }

    @Test(arguments: [
        ["c7", "c150", "c299", "absent"], ["c0"], ["cK"], ["c\u{212A}"], ["c\u{E9}"], ["ce\u{301}", "c12"], ["absent"],
    ])
    func findsWhatComparingEveryLineFinds(_ ids: [String]) throws {
        try Fixtures.withStore { store in
            _ = try store.importQueueLog(QueueLogParser().parse(Self.log).records, position: nil)
            try store.pool.read { db in
                let blocks = QueueLogLineBlocks(db)
                let wanted = Set(ids)
                let (first, last) = (AcdBuckets.bucket(Self.t0), AcdBuckets.bucket(Self.t0 + 3_000))
                let found = try blocks.callLines(fromBucket: first, toBucket: last, ids: wanted)
                let every = try blocks.lines(fromBucket: first, toBucket: last, kind: 0) {
                    $0.kind?.isCallEvent == true && wanted.contains($0.callID)
                }
                #expect(found.map(\.seq) == every.map(\.seq))
                #expect(found.map(\.record) == every.map(\.record))
                // Three lines a call; "cK" and KELVIN SIGN are one call to String equality, as are both é.
                let calls = wanted.filter { $0 != "absent" }
                let twins = calls.filter { ["cK", "c\u{212A}", "c\u{E9}", "ce\u{301}"].contains($0) }.count
                #expect(found.count == 3 * (calls.count + twins))
            }
        }
    }

    @Test func filterHoldsItsIdsAndFewOthers() {
        let ids = (0..<100).map { "1793490908.\($0)" }
        let filter = CallIDFilter(ids)
        func hash(_ text: String) -> UInt64 {
            var text = text
            return text.withUTF8 { ByteHash.of($0) }
        }
        #expect(ids.allSatisfy { filter.contains(hash($0)) })
        let others = (0..<10_000).filter { filter.contains(hash("1793590908.\($0)")) }.count
        #expect(others < 100, "a false match only costs reading the line, but should be rare")
    }
}
