import Foundation
import PanduCore
import PanduStore
import Testing

@Suite("SQLiteStore: people")
struct PeopleStoreTests {
    @Test func emptyStoreHasNobody() throws {
        try Fixtures.withStore { store throws in
            #expect(try store.countPeople() == 0)
            #expect(try store.people().isEmpty)
            #expect(try store.person("1001") == nil)
        }
    }

    @Test func personRoundTripsEveryField() throws {
        try Fixtures.withStore { store throws in
            var person = Fixtures.person("1001", role: .tl, skills: [.line108, .tier2, .socmed])
            person.onlineName = "Sari"
            person.disabled = true
            try store.addPerson(person)
            #expect(try store.person("1001") == person)
            #expect(try store.countPeople() == 1)
        }
    }

    @Test func personWithoutOptionalFieldsRoundTrips() throws {
        try Fixtures.withStore { store throws in
            let person = Person(code: "9", name: "Admin", role: .admin)
            try store.addPerson(person)
            #expect(try store.person("9") == person)
        }
    }

    @Test func peopleAreOrderedByCode() throws {
        try Fixtures.withStore { store throws in
            for code in ["1003", "1001", "1002"] { try store.addPerson(Fixtures.person(code)) }
            #expect(try store.people().map(\.code.rawValue) == ["1001", "1002", "1003"])
        }
    }

    @Test func addingAnExistingCodeIsAConflict() throws {
        try Fixtures.withStore { store throws in
            try store.addPerson(Fixtures.person("1001"))
            Fixtures.expectStoreError({
                try store.addPerson(Fixtures.person("1001", role: .admin))
            }, matching: { error in
                guard case .conflict(let what, let id) = error else { return false }
                return what == "person" && id == "1001"
            })
            #expect(try store.person("1001")?.role == .agent)
        }
    }

    @Test func updateReplacesTheRecord() throws {
        try Fixtures.withStore { store throws in
            try store.addPerson(Fixtures.person("1001"))
            var changed = Fixtures.person("1001", role: .qc, skills: [])
            changed.name = "Dewi Anggraini"
            changed.pinHash = "pbkdf2-sha256$2$BBBBBBBBBBB=$BBBBBBBBBBBBBBBBBBBBBB=="
            changed.team = nil
            try store.updatePerson(changed)
            #expect(try store.person("1001") == changed)
        }
    }

    @Test func updatingSomeoneUnknownIsNotFound() throws {
        try Fixtures.withStore { store throws in
            Fixtures.expectStoreError({
                try store.updatePerson(Fixtures.person("404"))
            }, matching: { error in
                guard case .notFound("person", "404") = error else { return false }
                return true
            })
        }
    }
}
