import Foundation
import Testing

@testable import PanduCore

@Suite("EpisodeBuilder: call episodes and their anomalies")
struct EpisodeBuilderTests {
    let episodes = MonitoringFixtures.episodes(MonitoringFixtures.callLog)

    func ep(_ id: String) -> Episode? { MonitoringFixtures.episode(id, in: episodes) }

    @Test func oneEpisodePerCallAndQueueInEntryOrder() {
        #expect(episodes.count == 12)
        #expect(episodes.map(\.callID) == (1...12).map { "c\($0).1" })
        #expect(episodes.allSatisfy { $0.hasEnterQueue })
    }

    @Test func answeredAndCompleted() throws {
        let c1 = try #require(ep("c1.1"))
        #expect(c1.isAnswered)
        #expect(c1.connectedAt == MonitoringFixtures.t0 + 12)
        #expect(c1.waitSeconds == 12)
        #expect(c1.ringSeconds == 4)
        #expect(c1.talkSeconds == 188)
        #expect(c1.member == "Sathish")
        #expect(c1.exit == .completedByCaller)
        #expect(c1.did == "147")
        #expect(c1.callerID == "08121111")
        #expect(c1.originalPosition == 1)
    }

    @Test func duplicatedLinesCountOnce() throws {
        var builder = EpisodeBuilder()
        builder.add(MonitoringFixtures.records(MonitoringFixtures.callLog))
        #expect(builder.duplicates == 1)
        #expect(try #require(ep("c1.1")).lateEvents == 0)
    }

    @Test func outOfOrderLinesAreSortedBeforeFolding() throws {
        // c2's COMPLETEAGENT is written before its ENTERQUEUE in the file.
        let c2 = try #require(ep("c2.1"))
        #expect(c2.hasEnterQueue)
        #expect(c2.exit == .completedByAgent)
        #expect(c2.waitSeconds == 25)
        #expect(c2.talkSeconds == 300)
        #expect(c2.ringNoAnswers == 1)
        #expect(c2.member == "Budi")
    }

    @Test func sameSecondLinesReadEnterRingConnectEnd() throws {
        let log = """
            1795222900|x.1|147|Budi|COMPLETECALLER|0|0|1
            1795222900|x.1|147|Budi|CONNECT|0|m|0
            1795222900|x.1|147|Sathish|RINGCANCELED|100
            1795222900|x.1|147|NONE|ENTERQUEUE||0812|1
            """
        let e = try #require(MonitoringFixtures.episodes(log).first)
        #expect(e.hasEnterQueue)
        #expect(e.exit == .completedByCaller)
        #expect(e.ringCancels == 1)
        #expect(e.lateEvents == 0)
    }

    @Test func abandonsAndOtherExits() throws {
        #expect(ep("c3.1")?.exit == .abandon)
        #expect(ep("c3.1")?.waitSeconds == 3)
        #expect(ep("c3.1")?.exitPosition == 1)
        #expect(ep("c4.1")?.waitSeconds == 40)
        #expect(ep("c5.1")?.exit == .timeout)
        #expect(ep("c5.1")?.waitSeconds == 300)
        #expect(ep("c6.1")?.exit == .key)
        #expect(ep("c6.1")?.exitKey == "1")
        #expect(ep("c6.1")?.waitSeconds == 8)
        #expect(ep("c10.1")?.exit == .empty)
        #expect(episodes.filter { $0.exit == .abandon || $0.exit == .timeout }.allSatisfy { !$0.isAnswered })
    }

    @Test func abandonWithMemberInTheAgentColumn() throws {
        let c9 = try #require(ep("c9.1"))
        #expect(c9.exit == .abandon)
        #expect(!c9.isAnswered)
        #expect(c9.member == "Sathish")
        #expect(c9.waitSeconds == 5)
    }

    @Test func transfersCarryTalkTime() throws {
        let c7 = try #require(ep("c7.1"))
        #expect(c7.exit == .blindTransfer)
        #expect(c7.transferTarget == "108@from-internal")
        #expect(c7.talkSeconds == 60)
        let c11 = try #require(ep("c11.1"))
        #expect(c11.exit == .attendedTransfer)
        #expect(c11.transferTarget == "LINK|SIP/2001-0001|Local/108@x-0002")
        #expect(c11.waitSeconds == 20)
        #expect(c11.talkSeconds == 100)
    }

    @Test func attendedTransferBridgeAndAppForms() throws {
        let log = """
            1795222900|b.1|147|NONE|ENTERQUEUE||0812|1
            1795222910|b.1|147|Budi|CONNECT|10|m|3
            1795222970|b.1|147|Budi|ATTENDEDTRANSFER|BRIDGE|bridge-uuid|10|60|1
            1795222900|a.1|147|NONE|ENTERQUEUE||0813|2
            1795222920|a.1|147|Budi|CONNECT|20|m|3
            1795223000|a.1|147|Budi|ATTENDEDTRANSFER|APP|Voicemail|20|80|2
            """
        let eps = MonitoringFixtures.episodes(log)
        #expect(eps.first { $0.callID == "b.1" }?.talkSeconds == 60)
        #expect(eps.first { $0.callID == "b.1" }?.transferTarget == "BRIDGE|bridge-uuid")
        #expect(eps.first { $0.callID == "a.1" }?.talkSeconds == 80)
    }

    @Test func anEpisodeWithNoEndStaysOpenAndWaiting() throws {
        let c8 = try #require(ep("c8.1"))
        #expect(c8.isOpen)
        #expect(c8.isWaiting)
        #expect(c8.waitSeconds == nil)
        let status = QueueLiveStatus.at(
            Date(timeIntervalSince1970: TimeInterval(MonitoringFixtures.t0 + 1000)), episodes: episodes)
        // At t0+1000 only c8 (entered t0+100) is open and unanswered; c12 has not entered yet.
        #expect(status.waiting == 1)
        #expect(status.longestWaitSeconds == 900)
        #expect(status.oldestEnteredAt == MonitoringFixtures.t0 + 100)
        let later = QueueLiveStatus.at(
            Date(timeIntervalSince1970: TimeInterval(MonitoringFixtures.t0 + 1000)), episodes: episodes,
            maxOpenAgeSeconds: 600)
        #expect(later.waiting == 0)
        #expect(later.stale == 1)
    }

    @Test func inCallEpisodesAreNotWaiting() {
        let log = """
            1795222900|x.1|147|NONE|ENTERQUEUE||0812|1
            1795222910|x.1|147|Budi|CONNECT|10|m|3
            """
        let status = QueueLiveStatus.at(
            Date(timeIntervalSince1970: 1_795_223_000), episodes: MonitoringFixtures.episodes(log))
        #expect(status.waiting == 0)
        #expect(status.inCall == 1)
        #expect(status.longestWaitSeconds == nil)
    }

    @Test func oldShortParameterForms() throws {
        // Asterisk 1.x: ENTERQUEUE url|callerid, CONNECT holdtime only, EXITWITHKEY key|pos, TRANSFER without opos.
        let log = """
            1795222900|o1|147|NONE|ENTERQUEUE||0812
            1795222914|o1|147|Agent/1001|CONNECT|14
            1795223014|o1|147|Agent/1001|COMPLETEAGENT|14|100
            1795222900|o2|147|NONE|ENTERQUEUE||0813
            1795222907|o2|147|NONE|EXITWITHKEY|5|1
            1795222900|o3|147|NONE|ENTERQUEUE||0814
            1795222910|o3|147|Agent/1002|CONNECT|10
            1795222970|o3|147|Agent/1002|TRANSFER|108|from-internal|10|60
            """
        let eps = MonitoringFixtures.episodes(log)
        let o1 = try #require(eps.first { $0.callID == "o1" })
        #expect(o1.callerID == "0812")
        #expect(o1.originalPosition == nil)
        #expect(o1.waitSeconds == 14)
        #expect(o1.ringSeconds == nil)
        #expect(o1.talkSeconds == 100)
        let o2 = try #require(eps.first { $0.callID == "o2" })
        #expect(o2.exit == .key)
        #expect(o2.exitKey == "5")
        #expect(o2.exitPosition == 1)
        #expect(o2.waitSeconds == 7)  // no waittime field: exit time − entry
        let o3 = try #require(eps.first { $0.callID == "o3" })
        #expect(o3.exit == .transfer)
        #expect(o3.talkSeconds == 60)
    }

    @Test func overflowGivesOneEpisodePerQueue() throws {
        let log = """
            1795222900|v.1|147|NONE|ENTERQUEUE||0812|1
            1795222960|v.1|147|NONE|EXITWITHTIMEOUT|1|1|60
            1795222960|v.1|147-overflow|NONE|ENTERQUEUE||0812|1
            1795222970|v.1|147-overflow|Budi|CONNECT|10|m|2
            1795223070|v.1|147-overflow|Budi|COMPLETECALLER|10|100|1
            """
        let eps = MonitoringFixtures.episodes(log)
        #expect(eps.count == 2)
        #expect(eps.map(\.queue) == ["147", "147-overflow"])
        #expect(eps[0].exit == .timeout)
        #expect(eps[1].isAnswered)
    }

    @Test func reEntryWhileOpenSupersedesTheOldEpisode() throws {
        let log = """
            1795222900|r.1|147|NONE|ENTERQUEUE||0812|1
            1795222990|r.1|147|NONE|ENTERQUEUE||0812|1
            1795223000|r.1|147|NONE|ABANDON|1|1|10
            """
        let eps = MonitoringFixtures.episodes(log)
        #expect(eps.count == 2)
        #expect(eps[0].isOpen)
        #expect(eps[0].supersededAt == 1_795_222_990)
        #expect(!eps[0].isWaiting)
        #expect(eps[1].exit == .abandon)
        #expect(eps[1].waitSeconds == 10)
    }

    @Test func orphansAreInferredFromTheirHoldTime() throws {
        let log = """
            1795223000|p.1|147|Budi|COMPLETECALLER|20|100|1
            """
        let e = try #require(MonitoringFixtures.episodes(log).first)
        #expect(!e.hasEnterQueue)
        #expect(e.enteredAt == 1_795_223_000 - 120)
        let connected: Int64 = 1_795_223_000 - 100
        #expect(e.connectedAt == connected)
        #expect(e.waitSeconds == 20)
    }

    @Test func linesAfterTheEndAreCountedNotApplied() throws {
        let log = """
            1795222900|l.1|147|NONE|ENTERQUEUE||0812|1
            1795222903|l.1|147|NONE|ABANDON|1|1|3
            1795222904|l.1|147|NONE|EXITWITHTIMEOUT|1|1|4
            """
        let e = try #require(MonitoringFixtures.episodes(log).first)
        #expect(e.exit == .abandon)
        #expect(e.lateEvents == 1)
    }

    @Test func batchesGiveTheSameResultAsOneGo() {
        let records = MonitoringFixtures.records(MonitoringFixtures.callLog)
        var builder = EpisodeBuilder()
        builder.add(Array(records.prefix(20)))
        builder.add(Array(records.dropFirst(20)))
        builder.add(records)  // a re-import adds nothing
        #expect(builder.episodes == EpisodeBuilder.episodes(from: records))
        // 31 call lines: the duplicated CONNECT once, then all 31 again on re-import.
        #expect(builder.duplicates == 32)
    }

    @Test func withdrawAgentDumpAndSysCompatAreUnansweredExits() throws {
        let log = """
            1795222900|w.1|147|NONE|ENTERQUEUE||0812|1
            1795222930|w.1|147|NONE|WITHDRAW|1|1|30|moved to callback
            1795222900|d.1|147|NONE|ENTERQUEUE||0813|2
            1795222912|d.1|147|Budi|AGENTDUMP|
            1795222900|s.1|147|NONE|ENTERQUEUE||0814|3
            1795222908|s.1|147|Sathish|SYSCOMPAT|
            """
        let eps = MonitoringFixtures.episodes(log)
        let w = try #require(eps.first { $0.callID == "w.1" })
        #expect(w.exit == .withdraw)
        #expect(w.waitSeconds == 30)
        let d = try #require(eps.first { $0.callID == "d.1" })
        #expect(d.exit == .agentDump)
        #expect(d.member == "Budi")
        #expect(d.waitSeconds == 12)  // no waittime field: exit time − entry
        #expect(!d.isAnswered)
        let sc = try #require(eps.first { $0.callID == "s.1" })
        #expect(sc.exit == .sysCompat)
        #expect(!sc.isAnswered)
        let c = KPICalculator().row(
            eps, span: TimeSpan(start: MonitoringFixtures.t0, end: MonitoringFixtures.t0 + 1800)
        ).counts
        // Three offered, none answered or abandoned; each exit has its own count.
        let counts: [Int] = [c.offered, c.answered, c.abandoned, c.withdrawals, c.agentDumps, c.sysCompats]
        #expect(counts == [3, 0, 0, 1, 1, 1])
    }

    @Test func growingFilesAreParsedUpToTheLastCompleteLine() {
        let bytes = Array("1795222900|x.1|147|NONE|ENTERQUEUE||0812|1\n1795222910|x.1|147|Bu".utf8)
        let length = bytes.withUnsafeBufferPointer { QueueLogParser.completeLinesLength($0) }
        #expect(length == 43)
        let result = bytes.withUnsafeBufferPointer {
            QueueLogParser().parse(bytes: UnsafeBufferPointer(rebasing: $0[..<length]))
        }
        #expect(result.records.count == 1)
        #expect(result.errors.isEmpty)
    }
}
