import Foundation

/// Where the logins `pandu login` leaves are kept. The store holds only a digest of each token, so whoever
/// can read the store still cannot make a saved login; `pandu logout` revokes the token itself.
public protocol LoginTokenStore: AnyObject, Sendable {
    /// Records a new saved login, dropping the ones that have expired by then.
    func saveLogin(_ login: StoredLogin) throws
    /// The saved login whose token has this digest, if it was saved and not revoked.
    func storedLogin(digest: String) throws -> StoredLogin?
    /// Revokes a saved login; false when there was none with this digest.
    func revokeLogin(digest: String) throws -> Bool
}
