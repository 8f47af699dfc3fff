import Foundation
import GRDB
import PanduCore

/// A row of `login_tokens`: one saved login, keyed by its token's digest.
struct LoginTokenRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "login_tokens"

    var digest: String
    var person: String
    var pinFingerprint: String
    var createdAt: Int64
    var expiresAt: Int64

    enum CodingKeys: String, CodingKey {
        case digest, person
        case pinFingerprint = "pin_fingerprint"
        case createdAt = "created_at"
        case expiresAt = "expires_at"
    }

    init(_ login: StoredLogin) {
        digest = login.digest
        person = login.person.rawValue
        pinFingerprint = login.pinFingerprint
        createdAt = StoredTime.milliseconds(login.createdAt)
        expiresAt = StoredTime.milliseconds(login.expires)
    }

    var login: StoredLogin {
        StoredLogin(
            digest: digest, person: PersonCode(person), pinFingerprint: pinFingerprint,
            createdAt: StoredTime.date(createdAt), expires: StoredTime.date(expiresAt))
    }
}
