import Foundation
import GRDB
import PanduCore

/// Saved logins (`login_tokens`).
extension SQLiteStore: LoginTokenStore {
    /// Records a new saved login, dropping the ones that have expired by then.
    public func saveLogin(_ login: StoredLogin) throws {
        let row = LoginTokenRow(login)
        try writing("saving the login of \(login.person.rawValue)") { db in
            try LoginTokenRow.filter(Column("expires_at") <= row.createdAt).deleteAll(db)
            try row.insert(db)
        }
    }

    /// The saved login whose token has this digest.
    public func storedLogin(digest: String) throws -> StoredLogin? {
        try reading("reading a saved login") { try LoginTokenRow.fetchOne($0, key: digest) }?.login
    }

    /// Revokes a saved login; false when there was none.
    public func revokeLogin(digest: String) throws -> Bool {
        try writing("revoking a saved login") { try LoginTokenRow.deleteOne($0, key: digest) }
    }
}
