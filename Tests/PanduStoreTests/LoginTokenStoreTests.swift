import Foundation
import PanduCore
import PanduStore
import Testing

@Suite("SQLiteStore: saved logins")
struct LoginTokenStoreTests {
    /// A generator that replays fixed words, so tokens are known in advance.
    struct Replay: RandomNumberGenerator {
        var words: [UInt64]
        mutating func next() -> UInt64 { words.removeFirst() }
    }

    @Test func aTokenIsRandomHexAndOnlyItsDigestIsStored() throws {
        var rng = Replay(words: [1, 2, 3, 0xffff_ffff_ffff_ffff])
        let token = LoginToken.generate(using: &rng)
        #expect(token == "0000000000000001" + "0000000000000002" + "0000000000000003" + "ffffffffffffffff")
        var system = SystemRandomNumberGenerator()
        #expect(LoginToken.generate(using: &system) != LoginToken.generate(using: &system))
        try Fixtures.withStore { store throws in
            let person = Fixtures.person("1001")
            try store.addPerson(person)
            let record = LoginToken.record(
                token: token, person: person, createdAt: Fixtures.start, expires: Fixtures.at(3600))
            try store.saveLogin(record)
            #expect(record.digest != token && record.digest.count == 64)
            #expect(try store.storedLogin(digest: LoginToken.digest(token)) == record)
            #expect(try store.storedLogin(digest: token) == nil, "the token itself is not a key")
        }
    }

    @Test func aLoginAdmitsItsPersonUntilExpiryUnderTheSamePIN() throws {
        var person = Fixtures.person("1001")
        let record = LoginToken.record(
            token: "t", person: person, createdAt: Fixtures.start, expires: Fixtures.at(3600))
        #expect(LoginToken.admits(record, person: person, now: Fixtures.at(3599)))
        #expect(!LoginToken.admits(record, person: person, now: Fixtures.at(3600)), "expired at its end")
        #expect(!LoginToken.admits(record, person: Fixtures.person("1002"), now: Fixtures.at(1)), "someone else")
        var disabled = person
        disabled.disabled = true
        #expect(!LoginToken.admits(record, person: disabled, now: Fixtures.at(1)))
        person.pinHash = "pbkdf2-sha256$1$BBBBBBBBBBB=$BBBBBBBBBBBBBBBBBBBBBB=="
        #expect(!LoginToken.admits(record, person: person, now: Fixtures.at(1)), "the PIN changed since")
    }

    @Test func revokingEndsALoginAndSavingDropsExpiredOnes() throws {
        try Fixtures.withStore { store throws in
            let person = Fixtures.person("1001")
            try store.addPerson(person)
            let old = LoginToken.record(
                token: "old", person: person, createdAt: Fixtures.start, expires: Fixtures.at(60))
            let kept = LoginToken.record(
                token: "kept", person: person, createdAt: Fixtures.start, expires: Fixtures.at(7200))
            try store.saveLogin(old)
            try store.saveLogin(kept)
            let new = LoginToken.record(
                token: "new", person: person, createdAt: Fixtures.at(60), expires: Fixtures.at(3600))
            try store.saveLogin(new)
            #expect(try store.storedLogin(digest: old.digest) == nil, "expired by the time of the new login")
            #expect(try store.storedLogin(digest: kept.digest) == kept)
            #expect(try store.revokeLogin(digest: new.digest))
            #expect(try store.storedLogin(digest: new.digest) == nil)
            #expect(try !store.revokeLogin(digest: new.digest))
        }
    }
}
