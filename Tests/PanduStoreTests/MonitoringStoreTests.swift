import Foundation
import PanduCore
import PanduStore
import Testing

/// The SQLite conformance of `MonitoringStore`: idempotent queue_log import, episodes rebuilt across
/// batches, SQL slot counts equal to `KPICounts.add`, roster replacement, recovery history.
@Suite struct MonitoringStoreTests {
    /// Calls with every exit kind, a duplicate line, an open call, an orphan and a re-entry.
    static let log = """
        1795222800|c1|147|NONE|ENTERQUEUE||0811|1
        1795222812|c1|147|Sathish|CONNECT|12|m1|4
        1795222812|c1|147|Sathish|CONNECT|12|m1|4
        1795223000|c1|147|Sathish|COMPLETECALLER|12|188|1
        1795222810|c2|147|NONE|ENTERQUEUE||0812|2
        1795222813|c2|147|NONE|ABANDON|1|2|3
        1795222820|c3|147|NONE|ENTERQUEUE||0813|2
        1795223120|c3|147|NONE|EXITWITHTIMEOUT|1|2|300
        1795222830|c4|108|NONE|ENTERQUEUE||0814|1
        1795222860|c4|108|Budi|CONNECT|30|m4|2
        1795222960|c4|108|Budi|BLINDTRANSFER|147|ctx|30|100|1
        1795222900|c5|108|NONE|ENTERQUEUE||0815|1
        1795222950|c6|147|Budi|COMPLETEAGENT|10|90|1
        1795223700|c7|147|NONE|ENTERQUEUE||0817|1
        1795223705|c7|147|NONE|EXITWITHKEY|5|1|1|5
        1795223800|NONE|147|Sathish|PAUSE|Istirahat
        """

    static func records(_ text: String) -> [QueueLogRecord] { QueueLogParser().parse(text).records }

    @Test func reimportAddsNothing() throws {
        try Fixtures.withStore { store in
            let first = try store.importQueueLog(Self.records(Self.log), position: nil)
            #expect(first.records == 16)
            #expect(first.inserted == 15)
            #expect(first.duplicates == 1)
            let before = try store.episodes(from: 0, to: .max, queues: nil)
            let again = try store.importQueueLog(Self.records(Self.log), position: nil)
            #expect(again.inserted == 0)
            #expect(again.duplicates == 16)
            #expect(try store.episodes(from: 0, to: .max, queues: nil) == before)
            #expect(before.count == 7)
        }
    }

    @Test func callsSplitAcrossBatchesRebuildTheSame() throws {
        try Fixtures.withStore { store in
            let lines = Self.log.split(separator: "\n").map(String.init)
            for line in lines.reversed() {
                _ = try store.importQueueLog(Self.records(line), position: nil)
            }
            let stored = try store.episodes(from: 0, to: .max, queues: nil)
            let direct = EpisodeBuilder.episodes(from: Self.records(Self.log))
            #expect(stored.count == direct.count)
            #expect(Set(stored) == Set(direct))
        }
    }

    @Test func slotCountsEqualKPICountsAdd() throws {
        try Fixtures.withStore { store in
            _ = try store.importQueueLog(Self.records(Self.log), position: nil)
            let thresholds = [5, 20, 30]
            for includeOrphans in [false, true] {
                let slots = try store.slotCounts(
                    from: 0, to: .max, slotSeconds: 900, thresholds: thresholds, queues: nil,
                    includeOrphans: includeOrphans)
                var expected: [String: KPICounts] = [:]
                for e in EpisodeBuilder.episodes(from: Self.records(Self.log)) {
                    let key = "\(e.queue)@\(e.enteredAt - e.enteredAt % 900)"
                    var c = expected[key] ?? KPICounts(thresholds: thresholds)
                    if e.hasEnterQueue || includeOrphans { c.add(e) } else { c.orphansSkipped += 1 }
                    expected[key] = c
                }
                #expect(slots.count == expected.count)
                for s in slots {
                    #expect(s.counts == expected["\(s.queue)@\(s.start)"], "\(s.queue) \(s.start)")
                }
            }
        }
    }

    @Test func talliesKeptAtImportEqualTheEpisodeAggregate() throws {
        try Fixtures.withStore { store in
            // Lines in reverse, one per batch: every call is rebuilt several times (subtract, then add).
            for line in Self.log.split(separator: "\n").reversed() {
                _ = try store.importQueueLog(Self.records(String(line)), position: nil)
            }
            _ = try store.importQueueLog(Self.records(Self.log), position: nil)
            let from: Int64 = 1_795_221_900
            let to: Int64 = 1_795_225_500
            for includeOrphans in [false, true] {
                let tallies = try store.slotCounts(
                    from: from, to: to, slotSeconds: 900, thresholds: [5, 20, 30], queues: nil,
                    includeOrphans: includeOrphans)
                let exact = try store.slotCounts(
                    from: from + 1 - 1, to: to - 1, slotSeconds: 900, thresholds: [5, 20, 30], queues: nil,
                    includeOrphans: includeOrphans)
                #expect(tallies == exact)
                #expect(!tallies.isEmpty)
            }
            let only108 = try store.slotCounts(
                from: from, to: to, slotSeconds: 900, thresholds: [20], queues: ["108"], includeOrphans: false)
            #expect(only108.map(\.counts.offered) == [2])
        }
    }

    @Test func memberRecordsAndPositions() throws {
        try Fixtures.withStore { store in
            let position = ImportPosition(
                path: "/var/log/asterisk/queue_log", device: 7, inode: 42, offset: 900, lines: 16)
            _ = try store.importQueueLog(Self.records(Self.log), position: position)
            #expect(try store.importPosition(path: position.path) == position)
            let members = try store.memberRecords(from: 0, to: .max)
            #expect(members.map(\.event) == ["PAUSE"])
            #expect(members.first?.params == ["Istirahat"])
            #expect(try store.queueNames() == ["108", "147"])
        }
    }

    @Test func rosterReplacesPerAgentAndDay() throws {
        try Fixtures.withStore { store in
            let day = "2026-11-21"
            func entry(_ agent: String, _ hour: Double) -> RosterEntry {
                RosterEntry(
                    shift: RosterShift(
                        agent: agent, day: day, start: Fixtures.at(hour * 3600),
                        end: Fixtures.at((hour + 8) * 3600),
                        plannedBreaks: [DateInterval(start: Fixtures.at(4 * 3600), duration: 3600)],
                        auxAllowanceMinutes: 30),
                    position: "147-T1", source: "roster.csv", line: 2)
            }
            _ = try store.replaceRoster(
                [entry("1001", 0), entry("1002", 0)], importedBy: "9000", at: Fixtures.start)
            let result = try store.replaceRoster(
                [entry("1001", 1)], importedBy: "9000", at: Fixtures.start)
            #expect(result == RosterReplaceResult(inserted: 1, replaced: 1))
            let shifts = try store.roster(from: nil, to: nil, day: day, agent: nil)
            #expect(shifts.map(\.shift.agent) == ["1002", "1001"])
            #expect(shifts.last?.shift.start == Fixtures.at(3600))
            #expect(shifts.first?.shift.plannedBreaks.first?.duration == 3600)
        }
    }

    @Test func recoveryPlanHistory() throws {
        try Fixtures.withStore { store in
            let plan = RecoveryPlan(
                scope: "147", measure: "sl_regulator", intervalStart: Fixtures.start,
                intervalEnd: Fixtures.at(900),
                observed: 0.62, target: 0.9, direction: "min", offered: 40, ahtSeconds: 300,
                agentsNeeded: 18,
                suggestion: "add agents", openedAt: Fixtures.start, openedBy: "2001")
            let (opened, created) = try store.openRecoveryPlan(plan)
            #expect(created)
            let (_, again) = try store.openRecoveryPlan(plan)
            #expect(!again)
            let id = try #require(opened.id)
            try store.appendRecovery(
                RecoveryEntry(
                    planID: id, at: Fixtures.at(60), actor: "2001", kind: .action, note: "AUX cut"),
                status: .acting, owner: "2001")
            #expect(try store.recoveryPlan(id: id)?.status == .acting)
            #expect(try store.recoveryPlan(id: id)?.owner == "2001")
            #expect(try store.recoveryHistory(planID: id).map(\.kind) == [.opened, .action])
            #expect(try store.recoveryPlans(from: nil, to: nil, statuses: [.open]).isEmpty)
        }
    }

    @Test func agentMapAndTrunks() throws {
        try Fixtures.withStore { store in
            try store.setAgentMapping(AgentMapping(agent: "SIP/1001", person: "1001", mappedBy: "9000"))
            try store.setAgentMapping(AgentMapping(agent: "SIP/1001", person: "1002", mappedBy: "9000"))
            #expect(try store.agentMappings().map(\.person) == ["1002"])
            #expect(try store.removeAgentMapping(agent: "SIP/1001"))
            #expect(try !store.removeAgentMapping(agent: "SIP/1001"))
            let t = TrunkInterval(
                line: "147", minutes: 15,
                counts: TrunkCounts(start: 1_795_222_800, attempts: 100, blocked: 4))
            _ = try store.upsertTrunkCounts([t])
            var t2 = t
            t2.counts.attempts = 110
            _ = try store.upsertTrunkCounts([t2])
            #expect(try store.trunkCounts(from: 0, to: .max, lines: nil) == [t2])
        }
    }
}
