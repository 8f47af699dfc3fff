import Foundation

/// Failures of the store.
public enum StoreError: LocalizedError, Sendable {
    case cannotOpen(location: String, underlying: String)
    case notFound(what: String, id: String)
    case conflict(what: String, id: String)
    case database(underlying: String)
    /// The store location names a backend this build cannot open yet (e.g. PostgreSQL).
    case notImplemented(location: String, feature: String)
    /// The `--store` / `PANDU_STORE` value (or the default) cannot be understood.
    case invalidLocation(value: String, source: String, reason: String)
    /// A stored row cannot be read back into its domain type.
    case corruptRecord(table: String, id: String, detail: String)
    /// The store file was upgraded by a newer Pandu than this one.
    case newerSchema(location: String, unknownMigrations: [String])
    /// A database operation failed; `cause` is the driver's own error.
    case operationFailed(operation: String, location: String, cause: any Error & Sendable)

    public var errorDescription: String? {
        switch self {
        case .cannotOpen(let location, let underlying):
            "cannot open the store at \(location): \(underlying). Check the path or --store / PANDU_STORE."
        case .notFound(let what, let id): "\(what) \"\(id)\" not found in the store."
        case .conflict(let what, let id): "\(what) \"\(id)\" already exists."
        case .database(let underlying): "store error: \(underlying)"
        case .notImplemented(let location, let feature):
            "the store \(location) needs \(feature), which this build of Pandu does not have yet."
                + " Use a SQLite file path in --store / PANDU_STORE for now."
        case .invalidLocation(let value, let source, let reason):
            "the store location \"\(value)\" (from \(source)) is not usable: \(reason)."
                + " Give a file path or postgres://… in --store / PANDU_STORE."
        case .corruptRecord(let table, let id, let detail):
            "the \(table) row \"\(id)\" in the store cannot be read: \(detail)."
                + " Check which Pandu version wrote it, or restore the store from a backup."
        case .newerSchema(let location, let unknown):
            "the store at \(location) was upgraded by a newer Pandu (schema \(unknown.joined(separator: ", ")))."
                + " Upgrade this Pandu before using that store."
        case .operationFailed(let operation, let location, let cause):
            "store error while \(operation) in \(location): \(Self.describe(cause))."
                + " If the store is busy, retry; if it persists, check the file and disk space."
        }
    }

    /// The driver's error behind this one, when there is one.
    public var underlyingError: (any Error)? {
        if case .operationFailed(_, _, let cause) = self { return cause }
        return nil
    }

    private static func describe(_ error: any Error) -> String {
        (error as? LocalizedError)?.errorDescription ?? String(describing: error)
    }
}
