import GRDB

/// Migration "v4-login-tokens": saved logins become random tokens of which the store keeps only a digest.
/// Until now a saved login was a hash of facts the store holds (code, expiry, PIN hash), which anyone able
/// to read the store could compute; tokens saved that way stop working and the person logs in again.
extension StoreSchema {
    static func loginTokensMigration(_ db: Database) throws {
        try db.create(table: "login_tokens", options: .withoutRowID) { t in
            t.primaryKey("digest", .text)
            t.column("person", .text).notNull().references("people", column: "code", onDelete: .cascade)
            t.column("pin_fingerprint", .text).notNull()
            t.column("created_at", .integer).notNull()
            t.column("expires_at", .integer).notNull()
        }
    }
}
