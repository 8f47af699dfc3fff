import Foundation
import PanduStore
import Testing

@Suite("PINHasher and PINPolicy")
struct PINHasherTests {
    /// Few rounds: the algorithm is the same, only slower in production.
    let hasher = PINHasher(rounds: 16)

    @Test func rightPINVerifiesAndWrongPINDoesNot() throws {
        let stored = try hasher.hash(pin: "482913")
        #expect(hasher.verify(pin: "482913", against: stored))
        #expect(!hasher.verify(pin: "482914", against: stored))
        #expect(!hasher.verify(pin: "", against: stored))
        #expect(!hasher.verify(pin: "4829130", against: stored))
    }

    @Test func eachHashHasItsOwnSalt() throws {
        let first = try hasher.hash(pin: "1234")
        let second = try hasher.hash(pin: "1234")
        #expect(first != second)
        #expect(hasher.verify(pin: "1234", against: first) && hasher.verify(pin: "1234", against: second))
    }

    @Test func storedFormIsSelfDescribing() throws {
        let fixed = PINHasher(rounds: 16, randomBytes: { Array(repeating: 7, count: $0) })
        let stored = try fixed.hash(pin: "1234")
        let parts = stored.split(separator: "$").map(String.init)
        #expect(parts.count == 4)
        #expect(parts[0] == "pbkdf2-sha256" && parts[1] == "16")
        #expect(parts[2] == Data(repeating: 7, count: 16).base64EncodedString())
        let format = try PINHashFormat(parsing: stored)
        #expect(format.rounds == 16 && format.salt.count == 16 && format.hash.count == 32)
        #expect(format.encoded == stored)
        #expect(try fixed.hash(pin: "1234") == stored)
    }

    @Test func hashesFromOtherRoundCountsStillVerify() throws {
        let old = try PINHasher(rounds: 8).hash(pin: "2468")
        #expect(hasher.verify(pin: "2468", against: old))
        #expect(hasher.needsRehash(old))
        #expect(!hasher.needsRehash(try hasher.hash(pin: "2468")))
        #expect(hasher.needsRehash("garbage"))
    }

    @Test func matchesAKnownPBKDF2Vector() {
        // The widely published PBKDF2-HMAC-SHA256 vector (c = 4096), first 32 bytes of the derived key.
        let salt = Data("saltSALTsaltSALTsaltSALTsaltSALTsalt".utf8).base64EncodedString()
        let hash = Data([
            0x34, 0x8c, 0x89, 0xdb, 0xcb, 0xd3, 0x2b, 0x2f, 0x32, 0xd8, 0x14, 0xb8, 0x11, 0x6e, 0x84, 0xcf,
            0x2b, 0x17, 0x34, 0x7e, 0xbc, 0x18, 0x00, 0x18, 0x1c, 0x4e, 0x2a, 0x1f, 0xb8, 0xdd, 0x53, 0xe1,
        ]).base64EncodedString()
        #expect(hasher.verify(pin: "passwordPASSWORDpassword", against: "pbkdf2-sha256$4096$\(salt)$\(hash)"))
    }

    @Test func tamperedOrMalformedStringsNeverVerify() throws {
        let stored = try hasher.hash(pin: "1234")
        var parts = stored.split(separator: "$").map(String.init)
        var hash = Data(base64Encoded: parts[3])!
        hash[0] ^= 0x01
        parts[3] = hash.base64EncodedString()
        let cases = [
            parts.joined(separator: "$"),
            stored.replacingOccurrences(of: "$16$", with: "$17$"),
            stored.replacingOccurrences(of: "pbkdf2-sha256", with: "pbkdf2-sha1"),
            "", "1234", "pbkdf2-sha256$16$", "pbkdf2-sha256$16$!!$!!", "pbkdf2-sha256$0$\(parts[2])$\(parts[3])",
            "pbkdf2-sha256$999999999999$\(parts[2])$\(parts[3])", stored + "$extra",
        ]
        for bad in cases { #expect(!hasher.verify(pin: "1234", against: bad), "\(bad)") }
    }

    @Test func parsingSaysWhatIsWrong() {
        #expect(throws: PINHashFormatError.wrongFieldCount(2)) { try PINHashFormat(parsing: "a$b") }
        #expect(throws: PINHashFormatError.unknownAlgorithm("md5")) { try PINHashFormat(parsing: "md5$1$AA==$AA==") }
        #expect(throws: PINHashFormatError.badRounds("x")) { try PINHashFormat(parsing: "pbkdf2-sha256$x$AA==$AA==") }
        #expect(throws: PINHashFormatError.badSalt) { try PINHashFormat(parsing: "pbkdf2-sha256$5$AA==$AA==") }
        let salt = Data(count: 16).base64EncodedString()
        #expect(throws: PINHashFormatError.badHash) { try PINHashFormat(parsing: "pbkdf2-sha256$5$\(salt)$AA==") }
        #expect(PINHashFormatError.badSalt.localizedDescription.contains("new PIN"))
    }

    @Test func policyAcceptsFourToEightDigits() {
        let policy = PINPolicy()
        for good in ["0000", "1234", "12345678", "908172"] { #expect(policy.violation(good) == nil) }
        #expect(policy.violation("") == .empty)
        #expect(policy.violation("123") == .tooShort(minimum: 4))
        #expect(policy.violation("123456789") == .tooLong(maximum: 8))
        for bad in ["12a4", "12 34", "١٢٣٤", "１２３４", "-1234", "12.3"] { #expect(policy.violation(bad) == .notDigits, "\(bad)") }
    }
}

@Suite("PINHasher from the environment")
struct PINHasherEnvironmentTests {
    @Test func roundsComeFromTheEnvironmentOrTheDefault() {
        #expect(PINHasher(environment: [:]).rounds == PINHasher.defaultRounds)
        #expect(PINHasher(environment: ["PANDU_PIN_ROUNDS": "1000"]).rounds == 1000)
        #expect(PINHasher(environment: ["PANDU_PIN_ROUNDS": "lots"]).rounds == PINHasher.defaultRounds)
        #expect(PINHasher(environment: ["PANDU_PIN_ROUNDS": "0"]).rounds == 1)
    }
}
