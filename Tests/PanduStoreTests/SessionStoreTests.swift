import Foundation
import PanduCore
import PanduStore
import Testing

@Suite("SQLiteStore: sessions")
struct SessionStoreTests {
    @Test func sessionRoundTripsEveryField() throws {
        try Fixtures.withStore { store throws in
            var session = Fixtures.session("S-1", service: .socmed)
            session.channel = .instagramDM
            session.endedAt = Fixtures.at(312.345)
            session.status = .closed
            session.disposition = "resolved"
            session.customerZone = .wit
            try store.createSession(session)
            #expect(try store.session("S-1") == session)
            #expect(try store.session("nope") == nil)
        }
    }

    @Test func updateChangesStatusEndAndDisposition() throws {
        try Fixtures.withStore { store throws in
            var session = Fixtures.session("S-1")
            try store.createSession(session)
            session.status = .interrupted
            session.endedAt = Fixtures.at(60)
            session.disposition = "abandoned"
            try store.updateSession(session)
            #expect(try store.session("S-1") == session)
        }
    }

    @Test func duplicateAndMissingSessionsAreReported() throws {
        try Fixtures.withStore { store throws in
            try store.createSession(Fixtures.session("S-1"))
            Fixtures.expectStoreError({
                try store.createSession(Fixtures.session("S-1"))
            }, matching: { error in
                guard case .conflict("session", "S-1") = error else { return false }
                return true
            })
            Fixtures.expectStoreError({
                try store.updateSession(Fixtures.session("S-2"))
            }, matching: { error in
                guard case .notFound("session", "S-2") = error else { return false }
                return true
            })
        }
    }

    @Test func listingIsNewestFirst() throws {
        try Fixtures.withStore { store throws in
            for (id, second) in [("a", 10.0), ("c", 30.0), ("b", 20.0)] {
                try store.createSession(Fixtures.session(id, at: second))
            }
            #expect(try store.sessions(SessionQuery()).map(\.id.rawValue) == ["c", "b", "a"])
            #expect(try store.sessions(SessionQuery(limit: 2)).map(\.id.rawValue) == ["c", "b"])
        }
    }

    @Test func everyFilterNarrowsTheList() throws {
        try Fixtures.withStore { store throws in
            try seed(store)
            func ids(_ query: SessionQuery) throws -> [String] { try store.sessions(query).map(\.id.rawValue) }
            #expect(try ids(SessionQuery(agents: ["1001"])) == ["s3", "s1"])
            #expect(try ids(SessionQuery(agents: ["1001", "1002"])) == ["s4", "s3", "s2", "s1"])
            #expect(try ids(SessionQuery(agents: [])) == [])
            #expect(try ids(SessionQuery(flow: "108")) == ["s2"])
            #expect(try ids(SessionQuery(service: .socmed)) == ["s5"])
            #expect(try ids(SessionQuery(status: .closed)) == ["s3", "s2"])
            #expect(try ids(SessionQuery(disposition: "resolved")) == ["s3"])
            #expect(try ids(SessionQuery(from: Fixtures.at(200))) == ["s5", "s4", "s3"])
            #expect(try ids(SessionQuery(to: Fixtures.at(200))) == ["s2", "s1"])
            #expect(try ids(SessionQuery(from: Fixtures.at(100), to: Fixtures.at(300))) == ["s3", "s2"])
            #expect(try ids(SessionQuery(agents: ["1001"], status: .closed, limit: 5)) == ["s3"])
        }
    }

    private func seed(_ store: SQLiteStore) throws {
        try store.createSession(Fixtures.session("s1", agent: "1001", at: 0))
        try store.createSession(Fixtures.session("s2", agent: "1002", at: 100, flow: "108", service: .line108,
                                                 status: .closed, disposition: "number_given"))
        try store.createSession(Fixtures.session("s3", agent: "1001", at: 200, status: .closed, disposition: "resolved"))
        try store.createSession(Fixtures.session("s4", agent: "1002", at: 300, status: .interrupted))
        try store.createSession(Fixtures.session("s5", agent: "1003", at: 400, flow: "socmed", service: .socmed))
    }
}
