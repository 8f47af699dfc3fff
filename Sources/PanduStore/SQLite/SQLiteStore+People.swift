import Foundation
import GRDB
import PanduCore

/// People: login codes, roles, PIN hashes.
extension SQLiteStore {
    /// How many people exist (0 means the store needs its first admin).
    public func countPeople() throws -> Int {
        try reading("counting people") { try PersonRow.fetchCount($0) }
    }

    /// Adds a person; fails with `StoreError.conflict` if the code exists.
    public func addPerson(_ person: Person) throws {
        let row = PersonRow(person, createdAt: clock.now())
        do {
            try writing("adding person \(person.code)") { try row.insert($0) }
        } catch let error where Self.isConstraint(error, .SQLITE_CONSTRAINT_PRIMARYKEY) {
            throw StoreError.conflict(what: "person", id: person.code.rawValue)
        }
    }

    /// Replaces a person's record (name, role, PIN hash, disabled, …); fails with `notFound` if absent.
    public func updatePerson(_ person: Person) throws {
        let row = PersonRow(person, createdAt: clock.now())
        let updated = try writing("updating person \(person.code)") { db in
            guard try row.exists(db) else { return false }
            try row.update(db, columns: PersonRow.updatableColumns)
            return true
        }
        if !updated { throw StoreError.notFound(what: "person", id: person.code.rawValue) }
    }

    /// The person with this code, or nil.
    public func person(_ code: PersonCode) throws -> Person? {
        try reading("reading person \(code)") { try PersonRow.fetchOne($0, key: code.rawValue) }?.person()
    }

    /// Everyone, ordered by code.
    public func people() throws -> [Person] {
        try reading("listing people") { try PersonRow.order(Column("code")).fetchAll($0) }.map { try $0.person() }
    }
}
