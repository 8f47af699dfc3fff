import Foundation
import PanduStore
import Testing

@Suite("StoreLocation and StoreFactory")
struct StoreLocationTests {
    let home = ["HOME": "/home/sari"]

    private func resolve(_ option: String?, _ environment: [String: String]) -> StoreLocation {
        StoreLocation.resolve(option: option, environment: environment, currentDirectory: "/work/floor")
    }

    @Test func optionWinsOverEnvironmentWhichWinsOverDefault() {
        let env = home.merging(["PANDU_STORE": "/srv/env.sqlite", "XDG_DATA_HOME": "/xdg"]) { $1 }
        #expect(resolve("/srv/opt.sqlite", env) == StoreLocation(backend: .sqlite(path: "/srv/opt.sqlite"), source: .option))
        #expect(resolve(nil, env) == StoreLocation(backend: .sqlite(path: "/srv/env.sqlite"), source: .environment))
        var noStore = env
        noStore["PANDU_STORE"] = ""
        #expect(resolve(nil, noStore).backend == .sqlite(path: "/xdg/pandu/pandu.sqlite"))
        #expect(resolve(nil, noStore).source == .defaultLocation)
    }

    @Test func defaultFollowsXDGThenHome() {
        #expect(resolve(nil, home).backend == .sqlite(path: "/home/sari/.local/share/pandu/pandu.sqlite"))
        let relativeXDG = home.merging(["XDG_DATA_HOME": "data"]) { $1 }
        #expect(resolve(nil, relativeXDG).backend == .sqlite(path: "/home/sari/.local/share/pandu/pandu.sqlite"))
        let emptyXDG = home.merging(["XDG_DATA_HOME": ""]) { $1 }
        #expect(resolve(nil, emptyXDG).backend == .sqlite(path: "/home/sari/.local/share/pandu/pandu.sqlite"))
    }

    @Test func pathsAreMadeAbsolute() {
        #expect(resolve("~/pandu.sqlite", home).backend == .sqlite(path: "/home/sari/pandu.sqlite"))
        #expect(resolve("data/p.sqlite", home).backend == .sqlite(path: "/work/floor/data/p.sqlite"))
        #expect(resolve("../p.sqlite", home).backend == .sqlite(path: "/work/p.sqlite"))
        #expect(resolve("file:///tmp/x.sqlite", home).backend == .sqlite(path: "/tmp/x.sqlite"))
    }

    @Test func postgresURLsAreRecognisedAndTheirPasswordsHidden() {
        let url = "postgres://pandu:s3cret@db.floor:5432/pandu"
        let location = resolve(url, home)
        #expect(location.backend == .postgres(url: url))
        #expect(location.description == "postgres://pandu:***@db.floor:5432/pandu")
        #expect(resolve("PostgreSQL://db/pandu", home).backend == .postgres(url: "PostgreSQL://db/pandu"))
    }

    @Test func unusableValuesAreKeptAsInvalid() {
        guard case .invalid(_, let reason) = resolve("mysql://x/y", home).backend else {
            Issue.record("mysql:// accepted")
            return
        }
        #expect(reason.contains("mysql://"))
        #expect(resolve("", home).backend == .invalid(value: "", reason: "it is empty"))
        guard case .invalid = resolve("/var/lib/pandu/", home).backend else {
            Issue.record("a folder accepted")
            return
        }
    }

    @Test func factoryReportsPostgresAndInvalidLocationsClearly() {
        let postgres = resolve("postgresql://u:pw@h/db", home)
        Fixtures.expectStoreError({
            _ = try StoreFactory.open(postgres)
        }, matching: { error in
            guard case .notImplemented = error else { return false }
            let message = error.localizedDescription
            return message.contains("PostgreSQL") && message.contains("postgresql://u:***@h/db") && !message.contains("pw")
        })
        Fixtures.expectStoreError({
            _ = try StoreFactory.open(resolve("redis://h", home))
        }, matching: { error in
            guard case .invalidLocation(_, "--store", _) = error else { return false }
            return error.localizedDescription.contains("redis://")
        })
    }
}
