import Foundation
import GRDB
import PanduCore

/// The default store: one SQLite file through GRDB (WAL, busy timeout, foreign keys), which several
/// processes on one host may read and write at once.
public final class SQLiteStore: Store {
    /// The file this store reads and writes.
    public let path: String
    let pool: DatabasePool
    let clock: any PanduCore.Clock

    /// Opens the SQLite store at `path`, creating the file and its folders (owner-only) if needed.
    /// Call `migrate()` before use. `busyTimeout` is how long a write waits for another writer.
    public init(path: String, clock: any PanduCore.Clock = SystemClock(), busyTimeout: TimeInterval = 10) throws {
        self.path = path
        self.clock = clock
        let isNew = !FileManager.default.fileExists(atPath: path)
        if isNew {
            try Self.createParentFolder(of: path)
            Self.createOwnerOnlyFile(path)
        }
        pool = try Self.openPool(path: path, busyTimeout: busyTimeout, isNew: isNew)
    }

    /// Customer data: keep it from other local users. The file is made owner-only before SQLite opens it,
    /// because SQLite gives the -wal and -shm files it creates the database file's mode at that moment (a
    /// chmod after opening would leave the first run's -wal and -shm readable by everyone). An empty file is
    /// a new database to SQLite; another process creating the file first made it the same way.
    private static func createOwnerOnlyFile(_ path: String) {
        let fd = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        if fd >= 0 { close(fd) }
    }

    /// Creates or upgrades the schema; safe when several processes start at once.
    public func migrate() throws {
        let migrator = StoreSchema.migrator
        do {
            let (superseded, applied) = try pool.read { db in
                (try migrator.hasBeenSuperseded(db), try migrator.appliedIdentifiers(db))
            }
            guard !superseded else {
                let unknown = applied.subtracting(migrator.migrations).sorted()
                throw StoreError.newerSchema(location: path, unknownMigrations: unknown)
            }
            try Self.migrateRacing(migrator, pool)
        } catch {
            throw failure(error, "migrating the schema")
        }
    }

    /// GRDB reads the applied migrations before it runs each pending one in its own transaction, so two
    /// processes migrating a fresh file at once can both try the same migration; the loser's transaction
    /// rolls back. Trying again then sees the winner's work and applies only what is still missing.
    private static func migrateRacing(_ migrator: DatabaseMigrator, _ pool: DatabasePool) throws {
        var attempt = 0
        while true {
            do {
                try migrator.migrate(pool)
                return
            } catch let error as DatabaseError where attempt < 5 && error.resultCode == .SQLITE_ERROR {
                attempt += 1
                if try pool.read({ try migrator.hasCompletedMigrations($0) }) { return }
            }
        }
    }

    /// The schema versions applied to this file, oldest first.
    public func appliedMigrations() throws -> [String] {
        try reading("reading the schema version") { try StoreSchema.migrator.completedMigrations($0) }
    }

    private static func createParentFolder(of path: String) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(
                at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw StoreError.cannotOpen(location: path, underlying: "cannot create the folder \(folder.path): \(error)")
        }
    }

    /// The page size of a store file this build creates. Most of a floor's bytes are ACD blocks (blobs of
    /// about 170 KB): with 16 KiB pages an import handles a quarter of the WAL frames and overflow pages it
    /// did with SQLite's default 4 KiB (README, Benchmarks). An existing file keeps its page size: a WAL
    /// file cannot change it.
    public static let newFilePageSize = 16_384

    private static func openPool(path: String, busyTimeout: TimeInterval, isNew: Bool) throws -> DatabasePool {
        var config = Configuration()
        // GRDB's default is to fail at once on a lock; several Pandu processes share this file.
        config.busyMode = .timeout(busyTimeout)
        config.foreignKeysEnabled = true
        config.label = "pandu-store"
        // Takes effect only before the first page is written (GRDB turns on WAL after this runs); a no-op
        // for an existing file, which is why it is not asked of one.
        if isNew {
            config.prepareDatabase { db in try db.execute(sql: "PRAGMA page_size = \(newFilePageSize)") }
        }
        do {
            return try DatabasePool(path: path, configuration: config)
        } catch {
            throw StoreError.cannotOpen(location: path, underlying: String(describing: error))
        }
    }
}
