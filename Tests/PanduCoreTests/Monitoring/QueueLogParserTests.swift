import Foundation
import Testing

@testable import PanduCore

@Suite("QueueLogParser: file form")
struct QueueLogParserTests {
    let parser = QueueLogParser()

    @Test func readsTheFixedFieldsAndParameters() throws {
        let r = try #require(
            try parser.parseLine("1366720340|1366720340.303267|500|NONE|ENTERQUEUE||08123|1", lineNumber: 1))
        #expect(r.epoch == 1_366_720_340)
        #expect(r.callID == "1366720340.303267")
        #expect(r.queue == "500")
        #expect(r.agent == "NONE")
        #expect(r.event == "ENTERQUEUE")
        #expect(r.kind == .enterQueue)
        #expect(r.params == ["", "08123", "1"])
        #expect(r.param(0) == nil)
        #expect(r.intParam(2) == 1)
    }

    @Test func trailingPipeAndTrailingEmptyParametersAreDropped() throws {
        let a = try #require(try parser.parseLine("1795222700|NONE|NONE|NONE|QUEUESTART|", lineNumber: 1))
        let b = try #require(try parser.parseLine("1795222700|NONE|NONE|NONE|QUEUESTART", lineNumber: 2))
        #expect(a.params.isEmpty)
        #expect(a == b)
        #expect(a.contentKey == b.contentKey)
    }

    @Test func nulBytesAndCarriageReturnsAreStripped() throws {
        let r = try #require(try parser.parseLine("\u{0}\u{0}1795222823|c3|147|NONE|ABANDON|1|3|3\r", lineNumber: 7))
        #expect(r.epoch == 1_795_222_823)
        #expect(r.params == ["1", "3", "3"])
        let mid = try #require(try parser.parseLine("1795222823|c3|14\u{0}7|NONE|ABANDON|1|3|3", lineNumber: 8))
        #expect(mid.queue == "147")
    }

    @Test func unknownEventsAreKept() throws {
        let r = try #require(try parser.parseLine("1795222870|NONE|147|Sathish|OUTDIAL|x|y", lineNumber: 1))
        #expect(r.kind == nil)
        #expect(r.event == "OUTDIAL")
        #expect(r.params == ["x", "y"])
    }

    @Test func blankLinesAreSkipped() throws {
        #expect(try parser.parseLine("", lineNumber: 1) == nil)
        #expect(try parser.parseLine("  \r", lineNumber: 2) == nil)
        #expect(try parser.parseLine("\u{0}\u{0}\u{0}", lineNumber: 3) == nil)
    }

    @Test func aBadEpochNamesLineFieldAndValue() {
        #expect(throws: MonitoringError.badField(line: 12, field: "time", value: "12a4", expected: "epoch seconds")) {
            try parser.parseLine("12a4|c|q|NONE|ENTERQUEUE", lineNumber: 12)
        }
        let message = MonitoringError.badField(line: 12, field: "time", value: "12a4", expected: "epoch seconds")
            .localizedDescription
        #expect(message.contains("line 12"))
        #expect(message.contains("\"12a4\""))
        #expect(message.contains("time"))
        #expect(message.contains("import again"))
    }

    @Test func aTruncatedLineIsAnErrorNotACrash() {
        #expect(throws: MonitoringError.tooFewFields(line: 3, found: 2, needed: 5, text: "1366720340|13667")) {
            try parser.parseLine("1366720340|13667", lineNumber: 3)
        }
        #expect(throws: MonitoringError.self) { try parser.parseLine("1366720340|c|q|a|  ", lineNumber: 4) }
    }

    @Test func bulkParseReportsBadLinesAndKeepsTheRest() {
        let text = "1795222800|c1|147|NONE|ENTERQUEUE||0812|1\nrubbish\n\n1795222812|c1|147|Sathish|CONNECT|12|m|4"
        let result = parser.parse(text)
        #expect(result.records.count == 2)
        #expect(result.errors == [.tooFewFields(line: 2, found: 1, needed: 5, text: "rubbish")])
        #expect(result.blankLines == 1)
        #expect(result.lines == 4)
    }

    @Test func invalidUTF8IsReplacedNotFatal() {
        let bytes: [UInt8] = Array("1795222800|c1|147|".utf8) + [0xFF, 0xFE] + Array("|ENTERQUEUE||0812|1\n".utf8)
        let result = bytes.withUnsafeBufferPointer { parser.parse(bytes: $0) }
        #expect(result.records.count == 1)
        #expect(result.records.first?.agent == "\u{FFFD}\u{FFFD}")
    }

    @Test func aByteOrderMarkBeforeTheFirstLineIsNotPartOfItsEpoch() {
        // Windows editors and export tools write EF BB BF first, often with CRLF line ends.
        let text = "\u{FEFF}1795222800|c1|147|NONE|ENTERQUEUE||0812|1\r\n1795222812|c1|147|Rina|CONNECT|12|m1|4\r\n"
        let result = parser.parse(text)
        #expect(result.errors.isEmpty)
        #expect(result.records.map(\.epoch) == [1_795_222_800, 1_795_222_812])
        #expect(result.records.first?.contentKey == QueueLogKey(hashing: "1795222800|c1|147|NONE|ENTERQUEUE||0812|1"))
        // Later chunks of a followed file start mid-file: there the same bytes are a bad time field.
        let later = Array(text.utf8).withUnsafeBufferPointer { parser.parse(bytes: $0, firstLineNumber: 7) }
        #expect(later.errors.count == 1)
    }

    @Test func fractionalEpochsKeepMicroseconds() throws {
        let r = try #require(try parser.parseLine("1795222800.25|c1|147|NONE|ENTERQUEUE||0812|1", lineNumber: 1))
        #expect(r.epoch == 1_795_222_800)
        #expect(r.microseconds == 250_000)
    }

    @Test func theFixtureParsesCleanly() {
        let result = parser.parse(MonitoringFixtures.callLog)
        #expect(result.errors.isEmpty)
        #expect(result.records.count == 34)
    }

    @Test func contentKeysAreStableAndDistinct() throws {
        let a = try #require(try parser.parseLine("1795222812|c1.1|147|Sathish|CONNECT|12|m1.1|4", lineNumber: 1))
        let b = try #require(try parser.parseLine("1795222812|c1.1|147|Sathish|CONNECT|12|m1.1|5", lineNumber: 1))
        #expect(a.contentKey != b.contentKey)
        #expect(a.contentKey == QueueLogKey(hashing: "1795222812|c1.1|147|Sathish|CONNECT|12|m1.1|4"))
        #expect(a.contentKey.description.count == 32)
        // A fixed value: the key must not change between runs or machines (stores keep it).
        #expect(a.contentKey.description == "12df6cade6a6a108777f9444ebb5ed2c")
        #expect(QueueLogKey(hashing: "").description == "f52a15e9a9b5e89b0950da2a51480f2f")
        #expect(QueueLogKey(hashing: "a") != QueueLogKey(hashing: "b"))
    }
}
