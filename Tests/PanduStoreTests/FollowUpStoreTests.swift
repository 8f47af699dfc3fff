import Foundation
import PanduCore
import PanduStore
import Testing

/// Callbacks, escalations and corrections in SQLite: one transaction per change, history appended, and a
/// callback pulled by one agent only even when several processes pull at once.
@Suite struct FollowUpStoreTests {
    static func callback(_ n: Int, due seconds: Double, priority: CallbackPriority = .normal) -> Callback {
        Callback(
            number: "08123456789\(n)", reason: "gangguan \(n)", priority: priority, createdBy: "1001",
            createdAt: Fixtures.at(0), dueAt: Fixtures.at(seconds))
    }

    @Test func aCallbackAndItsContactEventAreWrittenTogether() throws {
        try Fixtures.withStore { store in
            try store.createSession(Fixtures.session("S1"))
            let event = HandlingEvent(
                sessionID: "S1", actor: "1001", at: Fixtures.at(1), type: .callback, data: ["number": "0812"])
            var draft = Self.callback(1, due: 60)
            draft.sessionID = "S1"
            let (saved, stored) = try store.recordCallback(draft, event: event)
            #expect(saved.id == 1 && stored?.id != nil)
            #expect(try store.events(session: "S1").map(\.type) == [.callback])
            let history = try store.callbackHistory(ids: [1], action: nil, from: nil, to: nil)
            #expect(history.map(\.action) == [.created])
            #expect(try store.callback(1) == saved)
        }
    }

    @Test func pullingTakesDueCallbacksInQueueOrderAndSkipsRefusedOnes() throws {
        try Fixtures.withStore { store in
            _ = try store.recordCallback(Self.callback(1, due: 120), event: nil)
            _ = try store.recordCallback(Self.callback(2, due: 60), event: nil)
            _ = try store.recordCallback(Self.callback(3, due: 60, priority: .high), event: nil)
            _ = try store.recordCallback(Self.callback(4, due: 9_999), event: nil)
            var pulled: [Int64] = []
            while let c = try store.pullCallback(
                dueBy: Fixtures.at(300), pick: { $0.status == .open },
                change: { c in
                    let next = c.pulled(by: "1003", at: Fixtures.at(300))
                    return (next, CallbackHistoryEntry(next, action: .pulled, actor: "1003", at: Fixtures.at(300)))
                })
            {
                pulled.append(c.id ?? 0)
            }
            #expect(pulled == [3, 2, 1], "due time first, then priority; not yet due ones stay")
            #expect(try store.callbacks(CallbackQuery(statuses: [.inProgress], owner: "1003")).count == 3)
        }
    }

    @Test func concurrentPullsNeverShareACallback() throws {
        try Fixtures.withFolder { folder throws in
            let path = folder.appendingPathComponent("pandu.sqlite").path
            let first = try SQLiteStore(path: path)
            try first.migrate()
            for n in 1...3 { _ = try first.recordCallback(Self.callback(n, due: 0), event: nil) }
            let stores = try (0..<6).map { _ in try SQLiteStore(path: path) }
            let taken = Taken()
            DispatchQueue.concurrentPerform(iterations: stores.count) { i in
                let agent = PersonCode("10\(i)")
                let c = try? stores[i].pullCallback(
                    dueBy: Fixtures.at(10), pick: { $0.status == .open },
                    change: { c in
                        let next = c.pulled(by: agent, at: Fixtures.at(10))
                        return (next, CallbackHistoryEntry(next, action: .pulled, actor: agent, at: Fixtures.at(10)))
                    })
                if let id = c?.id { taken.add(id) }
            }
            #expect(taken.all.sorted() == [1, 2, 3])
        }
    }

    @Test func aRefusedChangeWritesNothing() throws {
        try Fixtures.withStore { store in
            _ = try store.recordCallback(Self.callback(1, due: 0), event: nil)
            struct Refused: Error {}
            #expect(throws: (any Error).self) {
                _ = try store.changeCallback(1, event: nil) { _ in throw Refused() }
            }
            #expect(try store.callbackHistory(ids: [1], action: nil, from: nil, to: nil).count == 1)
        }
    }

    @Test func approvedCorrectionsMoveTheOverlayVersion() throws {
        try Fixtures.withStore { store in
            #expect(try store.directoryOverlayVersion() == 0)
            let c = DirectoryCorrection(
                entryID: "D00002", field: .number, oldValue: "675508", newValue: "6755090", reason: "baru",
                proposedBy: "1001",
                proposedAt: Fixtures.at(0))
            _ = try store.proposeCorrection(c, event: nil)
            #expect(try store.directoryOverlayVersion() == 0)
            _ = try store.changeCorrection(1) { current in
                var next = current
                next.status = .approved
                next.decidedBy = "4001"
                next.decidedAt = Fixtures.at(60)
                return (
                    next, CorrectionHistoryEntry(correctionID: 1, at: Fixtures.at(60), actor: "4001", status: .approved)
                )
            }
            #expect(try store.directoryOverlayVersion() == 2)
            #expect(
                try store.corrections(status: .approved, entryID: "D00002", limit: nil).map(\.newValue) == ["6755090"])
        }
    }
}

/// Ids pulled by concurrent workers.
final class Taken: @unchecked Sendable {
    private let lock = NSLock()
    private var ids: [Int64] = []
    func add(_ id: Int64) { lock.withLock { ids.append(id) } }
    var all: [Int64] { lock.withLock { ids } }
}
