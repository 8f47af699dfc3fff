import Foundation
import PanduCore

/// Opens the store a `StoreLocation` names.
public enum StoreFactory {
    /// The store at `location`, opened and migrated; PostgreSQL is recognised but not built yet.
    public static func open(_ location: StoreLocation, clock: any PanduCore.Clock = SystemClock()) throws -> any Store {
        switch location.backend {
        case .sqlite(let path):
            let store = try SQLiteStore(path: path, clock: clock)
            try store.migrate()
            return store
        case .postgres:
            throw StoreError.notImplemented(location: location.description, feature: "PostgreSQL support")
        case .invalid(let value, let reason):
            throw StoreError.invalidLocation(value: value, source: location.source.rawValue, reason: reason)
        }
    }
}
