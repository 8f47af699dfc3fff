import Foundation
import Testing

@testable import PanduCore

/// The file parser's byte-level shortcuts give what the strings give: each record's content key hashed from the
/// line's bytes, the event kind looked up from its bytes, and episodes built with the caller's call numbers.
@Suite("QueueLogParser: keys and kinds from bytes")
struct QueueLogParserBytesTests {
    @Test func keysFromTheBytesAreTheRecordsContentKeys() {
        var bytes = Array(
            [
                "1366720340|c1|500|NONE|ENTERQUEUE||08123|1",
                "1366720341.25|c1|500|SIP/1001| CONNECT |5|m1|3||",
                "0001366720342|c1|500|Rina W|COMPLETECALLER|5|60|1\r",
                "1366720343|NONE|NONE|agënt|PAUSE|Istirahat makan",
                "1366720344|c2|500|NONE|INFO|x||y|",
                "1366720345|NONE|NONE|a|ADDMEMBER|",
            ].joined(separator: "\n").utf8)
        bytes += Array("\n1366720346|c\u{0}3|500|NONE|ABANDON|1|1|9\n".utf8)
        bytes += [0x31, 0x7C, 0x63, 0xFF, 0x7C, 0x71, 0x7C, 0x61, 0x7C, 0x44, 0x49, 0x44, 0x7C, 0xC3]  // invalid UTF-8
        let result = bytes.withUnsafeBufferPointer { QueueLogParser().parse(bytes: $0) }
        #expect(result.records.count == 8)
        #expect(result.errors.isEmpty)
        #expect(result.keys == result.records.map(\.contentKey.low))
        #expect(result.records[1].event == "CONNECT")
        #expect(result.records[1].params == ["5", "m1", "3"])
    }

    /// Eight bytes at a time, the pipes and the ASCII check agree with looking at every byte, whatever the line's
    /// length and whatever byte stands next to a `|` (0xFC is `|` with the high bit set; 0x7B and 0x7D differ in
    /// one bit; zero).
    @Test func pipesFoundAWordAtATimeAreThePipesOfEveryByte() {
        var rng = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = [0x7C, 0x7C, 0x7C, 0xFC, 0x7B, 0x7D, 0x3C, 0x00, 0x31, 0x61, 0x80, 0xFF]
        for length in 0..<70 {
            for _ in 0..<40 {
                let line = (0..<length).map { _ in alphabet.randomElement(using: &rng)! }
                let expected = line.indices.filter { line[$0] == 0x7C }.map { Int32($0) }
                let ascii = line.allSatisfy { $0 < 0x80 }
                var bounds = [Int32](repeating: -7, count: length + 2)
                var n = 0
                let found = line.withUnsafeBufferPointer { buf in
                    bounds.withUnsafeMutableBufferPointer { ByteScan.pipes(buf, length, into: $0, count: &n) }
                }
                #expect(found == ascii)
                #expect(Array(bounds[1..<(n + 1)]) == expected, "line \(line)")
            }
        }
    }

    @Test func kindsFromTheBytesAreTheKindsByName() {
        for kind in QueueEventKind.allCases {
            let name = Array(kind.rawValue.utf8)
            #expect(name.withUnsafeBufferPointer { QueueEventKind.named($0) } == kind)
            let lower = Array(kind.rawValue.lowercased().utf8)
            #expect(lower.withUnsafeBufferPointer { QueueEventKind.named($0) } == nil)
            let longer = name + [UInt8(ascii: "X")]
            #expect(longer.withUnsafeBufferPointer { QueueEventKind.named($0) } == nil)
        }
        for other in ["", "INFO", "ENTERQUEUF", "CONNECT2", "DI"] {
            let bytes = Array(other.utf8)
            #expect(bytes.withUnsafeBufferPointer { QueueEventKind.named($0) } == QueueEventKind.named(other))
        }
    }

    @Test func episodesWithTheCallersNumbersAreTheSame() {
        let log = [
            "100|c1|147|NONE|DID|147", "100|c1|147|NONE|ENTERQUEUE||0811|1", "101|c2|147|NONE|ENTERQUEUE||0812|1",
            "90|c3|147|Rina|CONNECT|30|m3|2", "120|c1|147|Rina|CONNECT|20|m1|2", "125|c1|108|NONE|ENTERQUEUE||0811|1",
            "130|NONE|147|Rina|PAUSE|x", "200|c2|147|NONE|ABANDON|1|1|99",
        ].joined(separator: "\n")
        let records = QueueLogParser().parse(log).records
        let numbers = records.map { r -> Int in
            guard r.kind?.isCallEvent == true else { return -1 }
            return ["c3": 0, "c1": 1, "c2": 2][r.callID]!
        }
        let (episodes, origins, callOf) = EpisodeBuilder.orderedEpisodes(from: records, calls: numbers)
        #expect(episodes == EpisodeBuilder.episodes(from: records))
        #expect(callOf == episodes.map { ["c3": 0, "c1": 1, "c2": 2][$0.callID]! })
        #expect(EpisodeBuilder.orderedEpisodes(from: records).episodes == episodes)
        #expect(origins.map(\.epoch) == [90, 100, 101, 125])
        #expect(episodes.map(\.callID) == ["c3", "c1", "c2", "c1"])
    }
}
