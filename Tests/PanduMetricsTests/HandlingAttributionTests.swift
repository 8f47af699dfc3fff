import Foundation
import PanduCore
import PanduStore
import Testing

@testable import PanduMetrics

/// Pandu's hold and ACW land on the ACD call the agent answered: hold from the session, ACW from the `acw`
/// state after the close, both in the slot of the call's entry.
@Suite struct HandlingAttributionTests {
    @Test func holdAndACWGoToTheMatchedCall() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pandu-ha-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let t: Int64 = 1_795_222_800
        let date = { (s: Int64) in Date(timeIntervalSince1970: TimeInterval(t + s)) }
        let store = try SQLiteStore(path: folder.appendingPathComponent("p.sqlite").path, clock: ManualClock(date(0)))
        try store.migrate()
        let log = """
            \(t)|c1|147|NONE|ENTERQUEUE||0811|1
            \(t + 10)|c1|147|Rina|CONNECT|10|m|1
            \(t + 190)|c1|147|Rina|COMPLETECALLER|10|180|1
            """
        _ = try store.importQueueLog(QueueLogParser().parse(log).records, position: nil)
        try store.setAgentMapping(AgentMapping(agent: "Rina", person: "1001"))
        let id = SessionID("S1")
        try store.createSession(
            SessionRecord(
                id: id, agent: "1001", flow: "147-complaint", service: .line147, channel: .voice, startedAt: date(12),
                endedAt: date(190), status: .closed, disposition: "resolved"))
        try store.append(
            HandlingEvent(sessionID: id, actor: "1001", at: date(60), type: .holdEnded, data: ["seconds": .number(40)]))
        try store.append(HandlingEvent(actor: "1001", at: date(191), type: .acw))
        try store.append(HandlingEvent(actor: "1001", at: date(221), type: .ready))
        let h = try HandlingAttribution(store: store, events: store).perSlot(from: t, to: t + 900, slotSeconds: 900)
        #expect(h == [HandlingAttribution.Key(queue: "147", slot: t): HandlingSeconds(hold: 40, acw: 30)])

        // The floor's rows (monitor, /metrics, F-05, F-06) carry the same AHT as `pandu kpi`: talk + ACW (hold
        // is inside COMPLETECALLER's calltime).
        let floor = FloorReader(events: store, monitoring: store, targets: KPITargets(), zone: .wib)
        let service = KPITargets().service(forQueue: "147")
        let rows = try floor.rows(service, from: date(0), to: date(900), minutes: 15)
        #expect(rows.first?.value("att") == 180)
        #expect(rows.first?.value("aht") == 210)
    }
}
