import Foundation
import PanduCore
import PanduStore
import Testing

/// Shared test data and a throwaway store per test.
enum Fixtures {
    /// 2026-11-21T01:00:00Z (08:00 WIB), on a whole millisecond so it reads back equal.
    static let start = Date(timeIntervalSince1970: 1_795_222_800)

    /// `start` plus `seconds`, rounded to the millisecond like the store does.
    static func at(_ seconds: Double) -> Date {
        Date(timeIntervalSince1970: Double(Int64((start.timeIntervalSince1970 + seconds) * 1000)) / 1000)
    }

    static func person(_ code: String, role: Role = .agent, skills: [Skill] = [.tier1]) -> Person {
        Person(code: PersonCode(code), name: "Agen \(code) Lestari", role: role, team: "T1-A", site: "Bandung",
               skills: skills, pinHash: "pbkdf2-sha256$1$AAAAAAAAAAA=$AAAAAAAAAAAAAAAAAAAAAA==")
    }

    static func session(
        _ id: String, agent: String = "1001", at seconds: Double = 0, flow: String = "147-complaint",
        service: Service = .line147, status: SessionRecord.Status = .open, disposition: String? = nil
    ) -> SessionRecord {
        SessionRecord(id: SessionID(id), agent: PersonCode(agent), flow: FlowID(flow), service: service,
                      channel: .voice, startedAt: at(seconds), status: status, disposition: disposition,
                      customerZone: .wita)
    }

    /// A fresh folder under the system temp folder, removed after `body`.
    static func withFolder<T>(_ body: (URL) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("pandu-store-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try body(folder)
    }

    /// A migrated store in a fresh folder, removed after `body`.
    static func withStore<T>(_ body: (SQLiteStore) throws -> T) throws -> T {
        try withFolder { folder throws in
            let store = try SQLiteStore(path: folder.appendingPathComponent("pandu.sqlite").path,
                                        clock: ManualClock(start))
            try store.migrate()
            return try body(store)
        }
    }
}

extension Fixtures {
    /// Expects `body` to throw a `StoreError` that passes `check`.
    static func expectStoreError(
        _ body: () throws -> Void, sourceLocation: SourceLocation = #_sourceLocation,
        matching check: (StoreError) -> Bool
    ) {
        do {
            try body()
            Issue.record("expected a StoreError, nothing was thrown", sourceLocation: sourceLocation)
        } catch let error as StoreError {
            #expect(check(error), "\(error)", sourceLocation: sourceLocation)
        } catch {
            Issue.record("expected a StoreError, got \(error)", sourceLocation: sourceLocation)
        }
    }
}
