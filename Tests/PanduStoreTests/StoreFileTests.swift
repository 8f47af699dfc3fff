import Foundation
import GRDB
import PanduCore
import PanduStore
import Testing

@Suite("SQLiteStore: file, migrations, concurrent writers")
struct StoreFileTests {
    @Test func openingCreatesFoldersAndMigrationIsIdempotent() throws {
        try Fixtures.withFolder { folder throws in
            let path = folder.appendingPathComponent("a/b/c/pandu.sqlite").path
            let store = try SQLiteStore(path: path)
            try store.migrate()
            try store.addPerson(Fixtures.person("1001"))
            try store.migrate()
            try store.migrate()
            // Every migration once, v1 first (other migrations follow in the order they were added).
            let applied = try store.appliedMigrations()
            #expect(applied.first == "v1" && applied.contains("v2-followup") && Set(applied).count == applied.count)
            #expect(try store.countPeople() == 1)
            let reopened = try SQLiteStore(path: path)
            try reopened.migrate()
            #expect(try reopened.person("1001") == Fixtures.person("1001"))
            // The -wal and -shm files of the first run too: SQLite copies the database file's mode.
            for file in [path, path + "-wal", path + "-shm"] {
                let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
                #expect(mode == 0o600, "\(file)")
            }
        }
    }

    @Test func aNewFileGetsLargePagesAndAnEarlierFileKeepsItsOwn() throws {
        try Fixtures.withFolder { folder throws in
            let pageSize = { (path: String) in
                try DatabaseQueue(path: path).read { try Int.fetchOne($0, sql: "PRAGMA page_size") }
            }
            let fresh = folder.appendingPathComponent("fresh.sqlite").path
            let store = try SQLiteStore(path: fresh)
            try store.migrate()
            #expect(try pageSize(fresh) == SQLiteStore.newFilePageSize)
            #expect(SQLiteStore.newFilePageSize == 16_384)

            // A file an earlier build made: SQLite's default 4 KiB pages, in WAL mode, with data in it.
            let earlier = folder.appendingPathComponent("earlier.sqlite").path
            let queue = try DatabaseQueue(path: earlier)
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA page_size = 4096")
                try db.execute(sql: "PRAGMA journal_mode = WAL")
            }
            let old = try SQLiteStore(path: earlier)
            try old.migrate()
            try old.addPerson(Fixtures.person("1001"))
            try queue.close()
            let reopened = try SQLiteStore(path: earlier)
            #expect(try reopened.person("1001") == Fixtures.person("1001"))
            #expect(try pageSize(earlier) == 4096)
        }
    }

    @Test func factoryOpensAndMigrates() throws {
        try Fixtures.withFolder { folder throws in
            let path = folder.appendingPathComponent("f/pandu.sqlite").path
            let store = try StoreFactory.open(StoreLocation(backend: .sqlite(path: path), source: .option))
            #expect(try store.countPeople() == 0)
        }
    }

    @Test func twoStoresOnOneFileSeeEachOthersWrites() throws {
        try Fixtures.withFolder { folder throws in
            let path = folder.appendingPathComponent("shared.sqlite").path
            let first = try SQLiteStore(path: path)
            let second = try SQLiteStore(path: path)
            try first.migrate()
            try second.migrate()
            try first.createSession(Fixtures.session("S-1"))
            try second.append(HandlingEvent(sessionID: "S-1", actor: "1001", at: Fixtures.start, type: .sessionStarted))
            try first.append(HandlingEvent(sessionID: "S-1", actor: "1001", at: Fixtures.at(1), type: .stepEntered))
            #expect(try second.events(session: "S-1").map(\.type) == [.sessionStarted, .stepEntered])
            #expect(try first.session("S-1") == second.session("S-1"))
        }
    }

    @Test func concurrentMigrationsOnAFreshFileApplyOnce() throws {
        try Fixtures.withFolder { folder throws in
            let path = folder.appendingPathComponent("fresh.sqlite").path
            let stores = try (0..<6).map { _ in try SQLiteStore(path: path) }
            let failures = Failures()
            DispatchQueue.concurrentPerform(iterations: stores.count) { index in
                do { try stores[index].migrate() } catch { failures.add(error) }
            }
            #expect(failures.all.isEmpty)
            let applied = try stores[0].appliedMigrations()
            #expect(applied.first == "v1" && applied.contains("v2-followup") && Set(applied).count == applied.count)
        }
    }

    @Test func concurrentAppendsFromSeveralStoresAndThreadsLoseNothing() throws {
        try Fixtures.withFolder { folder throws in
            let path = folder.appendingPathComponent("busy.sqlite").path
            let stores = try (0..<4).map { _ in try SQLiteStore(path: path) }
            try stores[0].migrate()
            let writers = 8
            let perWriter = 150
            let failures = Failures()
            DispatchQueue.concurrentPerform(iterations: writers) { writer in
                let store = stores[writer % stores.count]
                for n in 0..<perWriter {
                    let event = HandlingEvent(
                        actor: PersonCode("w\(writer)"), at: Fixtures.at(Double(n)), type: .note,
                        data: ["n": .number(Double(n))])
                    do { try store.append(event) } catch { failures.add(error) }
                }
            }
            #expect(failures.all.isEmpty)
            let all = try stores[1].events(actor: nil, types: [.note], from: nil, to: nil)
            #expect(all.count == writers * perWriter)
            #expect(Set(all.compactMap(\.id)).count == writers * perWriter)
            for writer in 0..<writers {
                let mine = all.filter { $0.actor.rawValue == "w\(writer)" }.compactMap { $0.data["n"]?.numberValue }
                #expect(mine == (0..<perWriter).map(Double.init))
            }
        }
    }

    @Test func aFileThatIsNotADatabaseCannotBeOpened() throws {
        try Fixtures.withFolder { folder throws in
            let path = folder.appendingPathComponent("notes.txt").path
            try Data(String(repeating: "not sqlite ", count: 500).utf8).write(to: URL(fileURLWithPath: path))
            Fixtures.expectStoreError(
                {
                    let store = try SQLiteStore(path: path)
                    try store.migrate()
                },
                matching: { error in
                    error.localizedDescription.contains(path)
                })
        }
    }

    @Test(.enabled(if: SQLiteShell.isAvailable)) func aStoreFromANewerPanduIsRefused() throws {
        try Fixtures.withFolder { folder throws in
            let path = folder.appendingPathComponent("newer.sqlite").path
            try SQLiteStore(path: path).migrate()
            try SQLiteShell.run(path, "INSERT INTO grdb_migrations (identifier) VALUES ('v99');")
            Fixtures.expectStoreError(
                {
                    try SQLiteStore(path: path).migrate()
                },
                matching: { error in
                    guard case .newerSchema(_, let unknown) = error else { return false }
                    return unknown == ["v99"]
                })
        }
    }

    @Test(.enabled(if: SQLiteShell.isAvailable)) func unreadableRowsAreReportedWithTheirTable() throws {
        try Fixtures.withStore { store throws in
            try SQLiteShell.run(
                store.path,
                """
                INSERT INTO people (code, name, online_name, role, created_at) VALUES ('7', 'X', 'X', 'wizard', 0);
                """)
            Fixtures.expectStoreError(
                {
                    _ = try store.person("7")
                },
                matching: { error in
                    guard case .corruptRecord("people", "7", let detail) = error else { return false }
                    return detail.contains("wizard")
                })
        }
    }
}

/// The sqlite3 command-line shell, to write rows this build would never write.
enum SQLiteShell {
    static let path = "/usr/bin/sqlite3"
    static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: path) }

    static func run(_ database: String, _ sql: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = [database, sql]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }
}

/// Errors collected from several threads.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var errors: [any Error] = []
    func add(_ error: any Error) { lock.withLock { errors.append(error) } }
    var all: [any Error] { lock.withLock { errors } }
}
