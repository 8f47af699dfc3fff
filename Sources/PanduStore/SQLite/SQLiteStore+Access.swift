import Foundation
import GRDB

/// Reading and writing with every driver error turned into a `StoreError` that names the operation.
extension SQLiteStore {
    /// Runs `body` in a read transaction.
    func reading<T>(_ operation: String, _ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.read(body)
        } catch {
            throw failure(error, operation)
        }
    }

    /// Runs `body` in its own write transaction, committed before returning.
    func writing<T>(_ operation: String, _ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.write(body)
        } catch {
            throw failure(error, operation)
        }
    }

    /// `error` as a `StoreError`, keeping the driver's error as the cause.
    func failure(_ error: any Error, _ operation: String) -> StoreError {
        switch error {
        case let error as StoreError: error
        case let error as DatabaseError: .operationFailed(operation: operation, location: path, cause: error)
        default: .operationFailed(operation: operation, location: path, cause: OpaqueCause(error))
        }
    }

    /// Whether `error` is the SQLite constraint failure `code`.
    static func isConstraint(_ error: any Error, _ code: ResultCode) -> Bool {
        guard case .operationFailed(_, _, let cause) = error as? StoreError else { return false }
        return (cause as? DatabaseError)?.extendedResultCode == code
    }
}

/// A non-Sendable error's description, so that it can travel inside a `StoreError`.
struct OpaqueCause: Error, Sendable, CustomStringConvertible {
    let description: String
    init(_ error: any Error) { description = String(describing: error) }
}
