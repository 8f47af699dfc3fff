import Foundation
import GRDB
import PanduCore
import Testing

@testable import PanduStore

/// The parser's preparation (`QueueLogParser.prepare(bytes:)`): each line encoded from its bytes is what the
/// store's writer encodes from the record, each call line's interned call number is what numbering the call ids
/// through a dictionary gives (NUL bytes, non-ASCII and invalid UTF-8 included), and a batch built from a
/// preparation is stored exactly as one built from the records.
@Suite struct AcdPreparationTests {
    /// The anomaly fixtures, then lines with a NUL byte, CRLF, spaces around the event, non-ASCII names, a
    /// call id whose NFC form is ASCII (KELVIN SIGN is `K`), invalid UTF-8, a bad line and a blank one.
    static func logBytes() throws -> [UInt8] {
        var bytes = try fixtureBytes()
        if bytes.last != 10 { bytes.append(10) }
        bytes += Array(
            [
                "1795229000|cK|147|NONE|ENTERQUEUE||0811|1",
                "1795229001|c\u{212A}|147|Rina|CONNECT|1|m|2\r",
                "1795229002|cK|147|Rina| COMPLETECALLER |1|60|1||",
                "1795229003|cé|147|agënt|ENTERQUEUE||0812|1",
                "1795229004|ce\u{301}|147|agënt|ABANDON|1|1|1",
                "1795229005|NONE|NONE|agënt|PAUSE|Istirahat makan",
                "",
                "not a line",
                "1795229006|c\u{0}z|147|NONE|ENTERQUEUE||0813|1",
                "1795229007|cz|147|NONE|ABANDON|1|1|1",
            ].joined(separator: "\n").utf8)
        bytes += [10] + Array("1795229008|c".utf8) + [0xFF] + Array("|147|NONE|ENTERQUEUE||0814|1\n".utf8)
        bytes += Array("1795229009|c".utf8) + [0xFE] + Array("|147|Rina|CONNECT|1|m|2\n".utf8)
        return bytes
    }

    /// The anomaly fixtures of the end-to-end tests.
    static func fixtureBytes() throws -> [UInt8] {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("PanduEndToEndTests/Fixtures/anomalies.queue_log")
        return Array(try Data(contentsOf: fixture))
    }

    @Test func preparedLinesAndCallsAreWhatTheRecordsGive() throws {
        let bytes = try Self.logBytes()
        var prepared = bytes.withUnsafeBufferPointer { QueueLogParser().prepare(bytes: $0) }
        let plain = bytes.withUnsafeBufferPointer { QueueLogParser().parse(bytes: $0) }
        let p = try #require(prepared.preparation)
        prepared.preparation = nil
        #expect(prepared == plain)
        let fixtureErrors = try Self.fixtureBytes().withUnsafeBufferPointer { QueueLogParser().parse(bytes: $0) }.errors
        #expect(plain.errors.count == fixtureErrors.count + 1)
        let records = plain.records
        #expect(p.lineEnds.count == records.count)
        for (i, r) in records.enumerated() {
            let w = AcdBlockWriter()
            w.lineFields(r)
            let start = i == 0 ? 0 : p.lineEnds[i - 1]
            #expect(Array(p.lineBytes[start..<p.lineEnds[i]]) == w.bytes, "line \(i): \(r)")
        }
        var numbers: [Int] = []
        let calls = QueueLogCalls(records, numbers: &numbers)
        #expect(p.callNumbers == numbers)
        let byParser = QueueLogCalls(records, prepared: p).calls
        #expect(byParser.map(\.id) == calls.calls.map(\.id))
        #expect(byParser.map(\.first) == calls.calls.map(\.first))
        #expect(byParser.map(\.last) == calls.calls.map(\.last))
        // Canonically equal ids are one call, bytes apart are two (invalid UTF-8 reads as U+FFFD in both).
        #expect(calls.calls.filter { $0.id == "cK" }.count == 1)
        #expect(calls.calls.filter { $0.id == "c\u{FFFD}" }.count == 1)
        #expect(calls.calls.contains { $0.id == "cz" })
    }

    @Test func aPreparedBatchIsStoredAsTheRecordsBatch() throws {
        let built = try AcdBatchTests.imported(ahead: false, session: false)
        let prepared = try Fixtures.withStore { store in
            let run = QueueLogImportSession()
            for lines in AcdBatchTests.batches {
                let bytes = Array(lines.joined(separator: "\n").utf8)
                let parsed = bytes.withUnsafeBufferPointer { QueueLogParser().prepare(bytes: $0) }
                _ = try store.importQueueLog(QueueLogBatch(parsed), position: nil, session: run)
            }
            return try AcdBatchTests.stored(store)
        }
        #expect(prepared == built)
    }
}
