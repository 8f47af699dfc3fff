import Foundation
import Testing

@testable import PanduCore

@Suite("QueueLogParser: database-export (CSV) form")
struct QueueLogCSVTests {
    let parser = QueueLogParser()

    @Test func adaptiveExportWithHeaderInLocalTime() throws {
        // 2026-11-21 08:00:00.123456 WIB = t0 (01:00:00 UTC).
        let csv = """
            time,callid,queuename,agent,event,data1,data2,data3,data4,data5
            2026-11-21 08:00:00.123456,c1.1,147,NONE,ENTERQUEUE,,08121111,1,,
            2026-11-21 08:00:12,c1.1,147,Sathish,CONNECT,12,m1.1,4,,
            """
        let result = parser.parseCSV(csv, utcOffsetSeconds: MonitoringFixtures.wib)
        #expect(result.errors.isEmpty)
        #expect(result.records.count == 2)
        let enter = try #require(result.records.first)
        #expect(enter.epoch == MonitoringFixtures.t0)
        #expect(enter.microseconds == 123_456)
        #expect(enter.params == ["", "08121111", "1"])
    }

    @Test func aByteOrderMarkDoesNotHideTheHeader() throws {
        let csv =
            "\u{FEFF}time,callid,queuename,agent,event,data1,data2,data3,data4,data5\r\n"
            + "2026-11-21 08:00:00,c1.1,147,NONE,ENTERQUEUE,,08121111,1,,\r\n"
        let result = parser.parseCSV(csv, utcOffsetSeconds: MonitoringFixtures.wib)
        #expect(result.errors.isEmpty)
        #expect(result.records.count == 1)
        #expect(result.records.first?.epoch == MonitoringFixtures.t0)
    }

    @Test func theSameEventFromFileAndDatabaseHasTheSameKey() throws {
        let file = try #require(try parser.parseLine("1795222812|c1.1|147|Sathish|CONNECT|12|m1.1|4", lineNumber: 1))
        let row = try #require(
            try parser.parseCSVRow(
                ["2026-11-21 01:00:12.000001", "c1.1", "147", "Sathish", "CONNECT", "12", "m1.1", "4", "", ""],
                lineNumber: 2))
        #expect(file.contentKey == row.contentKey)
    }

    @Test func singleDataColumnIsSplitOnPipes() throws {
        let csv = """
            id,time,callid,queuename,agent,event,data
            1,2026-11-21 01:00:12,c1.1,147,Sathish,CONNECT,12|m1.1|4
            2,2026-11-21 01:00:13,NONE,NONE,NONE,QUEUESTART,
            """
        let result = parser.parseCSV(csv)
        #expect(result.errors.isEmpty)
        #expect(result.records.map(\.params) == [["12", "m1.1", "4"], []])
        #expect(result.records.first?.epoch == MonitoringFixtures.t0 + 12)
    }

    @Test func attendedTransferLinkOverflowsIntoData5() throws {
        // Asterisk fills data1..data5 and leaves the rest, `|`-joined, in data5: LINK has six parameters.
        let csv = """
            "2026-11-21 01:04:10","c11.1","147","Budi","ATTENDEDTRANSFER","LINK","SIP/2001-0001","Local/108@x-0002","20","100|4"
            """
        let result = parser.parseCSV(csv)
        let r = try #require(result.records.first)
        #expect(r.params == ["LINK", "SIP/2001-0001", "Local/108@x-0002", "20", "100", "4"])
        let e = try #require(EpisodeBuilder.episodes(from: result.records).first)
        #expect(e.talkSeconds == 100)
        #expect(e.exit == .attendedTransfer)
    }

    @Test func quotedFieldsNullsAndHeaderlessLayouts() {
        let csv = """
            2026-11-21 01:00:00,c1.1,147,NONE,ENTERQUEUE,\\N,"0812,1111",1,NULL,\\N\r
            2026-11-21 01:00:03,c1.1,147,NONE,ABANDON,1,1,3,,
            """
        let result = parser.parseCSV(csv)
        #expect(result.errors.isEmpty)
        #expect(result.records.map(\.params) == [["", "0812,1111", "1"], ["1", "1", "3"]])
    }

    @Test func epochTimesAndQueueMetricsColumnNames() {
        let csv = """
            partition,time_id,call_id,queue,agent,verb,data1,data2,data3,data4,data5,serverid
            P001,1795222800,c1.1,147,NONE,ENTERQUEUE,,0812,1,,,1
            """
        let result = parser.parseCSV(csv)
        #expect(result.errors.isEmpty)
        #expect(result.records.first?.epoch == MonitoringFixtures.t0)
        #expect(result.records.first?.kind == .enterQueue)
    }

    @Test func badRowsNameTheRowAndValue() {
        let csv = """
            time,callid,queuename,agent,event,data1,data2,data3,data4,data5
            2026-13-21 01:00:00,c1.1,147,NONE,ENTERQUEUE,,0812,1,,
            2026-11-21 01:00:00,c1.1
            """
        let result = parser.parseCSV(csv)
        #expect(result.records.isEmpty)
        #expect(result.errors.count == 2)
        guard case .badField(let line, let field, let value, _) = result.errors[0] else {
            Issue.record("expected a bad field")
            return
        }
        #expect(line == 2)
        #expect(field == "time")
        #expect(value == "2026-13-21 01:00:00")
        #expect(result.errors[1] == .tooFewFields(line: 3, found: 2, needed: 5, text: "2026-11-21 01:00:00,c1.1"))
    }

    @Test func aHeaderWithoutEventIsRefused() {
        let result = parser.parseCSV("time,callid,queuename,agent,verbx\n")
        #expect(result.records.isEmpty)
        let bad = QueueLogParser().parseCSV("time,callid,queuename,event,data\n2026-11-21 01:00:00,c,q,ENTERQUEUE,\n")
        #expect(bad.errors == [.badHeader(value: "time,callid,queuename,event,data", missing: "agent")])
    }

    @Test func fileAndDatabaseFormsGiveTheSameEpisodes() {
        let file = """
            1795222800|c1.1|147|NONE|ENTERQUEUE||08121111|1
            1795222812|c1.1|147|Sathish|CONNECT|12|m1.1|4
            1795223000|c1.1|147|Sathish|COMPLETECALLER|12|188|1
            """
        let csv = """
            time,callid,queuename,agent,event,data1,data2,data3,data4,data5
            2026-11-21 08:00:00.000100,c1.1,147,NONE,ENTERQUEUE,,08121111,1,,
            2026-11-21 08:00:12.000200,c1.1,147,Sathish,CONNECT,12,m1.1,4,,
            2026-11-21 08:03:20.000300,c1.1,147,Sathish,COMPLETECALLER,12,188,1,,
            """
        let fromFile = MonitoringFixtures.episodes(file)
        let fromCSV = EpisodeBuilder.episodes(
            from: parser.parseCSV(csv, utcOffsetSeconds: MonitoringFixtures.wib).records)
        #expect(fromFile == fromCSV)
        // Importing both forms of the same lines folds them once.
        var both = EpisodeBuilder()
        both.add(MonitoringFixtures.records(file))
        both.add(parser.parseCSV(csv, utcOffsetSeconds: MonitoringFixtures.wib).records)
        #expect(both.episodes == fromFile)
        #expect(both.duplicates == 3)
    }
}
