import Foundation
import PanduCore
import PanduStore
import Testing

@Suite("SQLiteStore: events")
struct EventStoreTests {
    @Test func eventRoundTripsWithItsJSONPayload() throws {
        try Fixtures.withStore { store throws in
            try store.createSession(Fixtures.session("S-1"))
            let payload: [String: JSONValue] = [
                "text": "Selamat pagi, dengan Sari, ada yang bisa dibantu? \"kutip\" / é",
                "score": .number(92.5), "count": 3, "fatal": false, "nothing": .null,
                "verdicts": .array([.object(["id": "147-O1", "verdict": "pass"]), .object(["id": "147-O2"])]),
                "nested": .object(["deep": .object(["deeper": .array([1, 2, .string("tiga")])])]),
            ]
            let event = HandlingEvent(sessionID: "S-1", actor: "1001", at: Fixtures.at(1.5), type: .utterance,
                                      step: "greeting", sopCode: "IN.OCC.TELK.P-01_R8", data: payload)
            let stored = try store.append(event)
            #expect(stored.id != nil)
            var expected = event
            expected.id = stored.id
            #expect(stored == expected)
            #expect(try store.events(session: "S-1") == [expected])
        }
    }

    @Test func appendReturnsTheTimeAsItReadsBack() throws {
        try Fixtures.withStore { store throws in
            let event = HandlingEvent(actor: "1001", at: Fixtures.start.addingTimeInterval(0.123_456_7), type: .login)
            let stored = try store.append(event)
            let read = try store.events(actor: "1001", types: [], from: nil, to: nil)
            #expect(read == [stored])
            #expect(abs(stored.at.timeIntervalSince(event.at)) < 0.001)
        }
    }

    @Test func sessionEventsComeInTheOrderWritten() throws {
        try Fixtures.withStore { store throws in
            try store.createSession(Fixtures.session("S-1"))
            try store.createSession(Fixtures.session("S-2"))
            // Same instant and out-of-order instants: the order written still wins.
            let types: [EventType] = [.sessionStarted, .stepEntered, .utterance, .holdStarted, .holdEnded, .sessionClosed]
            for (index, type) in types.enumerated() {
                try store.append(HandlingEvent(sessionID: "S-1", actor: "1001", at: Fixtures.at(Double(10 - index)), type: type))
                try store.append(HandlingEvent(sessionID: "S-2", actor: "1002", at: Fixtures.at(0), type: type))
            }
            let events = try store.events(session: "S-1")
            #expect(events.map(\.type) == types)
            #expect(events.allSatisfy { $0.sessionID == "S-1" })
            let ids = events.compactMap(\.id)
            #expect(ids == ids.sorted() && ids.count == types.count)
            #expect(try store.events(session: "S-2").map(\.type) == types)
        }
    }

    @Test func appendingToAnUnknownSessionIsNotFound() throws {
        try Fixtures.withStore { store throws in
            Fixtures.expectStoreError({
                try store.append(HandlingEvent(sessionID: "ghost", actor: "1001", at: Fixtures.start, type: .note))
            }, matching: { error in
                guard case .notFound("session", "ghost") = error else { return false }
                return true
            })
        }
    }

    @Test func actorQueriesFilterByActorTypeAndTime() throws {
        try Fixtures.withStore { store throws in
            try store.createSession(Fixtures.session("S-1"))
            let plan: [(String, EventType, Double, SessionID?)] = [
                ("1001", .login, 0, nil), ("1001", .ready, 5, nil), ("1002", .login, 6, nil),
                ("1001", .sessionStarted, 7, "S-1"), ("1001", .aux, 20, nil), ("1001", .logout, 30, nil),
            ]
            for (actor, type, second, session) in plan {
                try store.append(HandlingEvent(sessionID: session, actor: PersonCode(actor), at: Fixtures.at(second),
                                               type: type, data: type == .aux ? ["reason": "toilet"] : [:]))
            }
            func types(_ actor: PersonCode?, _ types: Set<EventType>, _ from: Double?, _ to: Double?) throws -> [EventType] {
                try store.events(actor: actor, types: types, from: from.map(Fixtures.at), to: to.map(Fixtures.at)).map(\.type)
            }
            #expect(try types("1001", [], nil, nil) == [.login, .ready, .sessionStarted, .aux, .logout])
            #expect(try types(nil, [.login], nil, nil) == [.login, .login])
            #expect(try types("1001", [.login, .logout, .aux], 0, 30) == [.login, .aux])
            #expect(try types(nil, [], 5, 7) == [.ready, .login])
            #expect(try store.events(actor: "1001", types: [.aux], from: nil, to: nil).first?.string("reason") == "toilet")
        }
    }

    @Test func actorQueriesOrderByTimeThenWriteOrder() throws {
        try Fixtures.withStore { store throws in
            try store.append(HandlingEvent(actor: "1001", at: Fixtures.at(50), type: .logout))
            try store.append(HandlingEvent(actor: "1001", at: Fixtures.at(10), type: .login))
            try store.append(HandlingEvent(actor: "1001", at: Fixtures.at(10), type: .ready))
            #expect(try store.events(actor: "1001", types: [], from: nil, to: nil).map(\.type) == [.login, .ready, .logout])
        }
    }
}
