import Foundation
import Testing

@testable import PanduCore

@Suite("Phrase checker and QC score")
struct PhraseCheckerTests {
    let checker = TinyStandards.checker

    @Test("score = 100 × pass weights / (pass + fail) weights; na and manual parameters are left out")
    func scoringFormula() throws {
        let t = TinyStandards.transcript([.agent("Selamat pagi, oke saya bantu.")])
        let r = try checker.score(t)
        #expect(r["T-O1"]?.verdict == .pass)
        #expect(r["T-H2"]?.verdict == .na)
        #expect(r["T-B1"]?.verdict == .fail)
        #expect(r["T-B2"]?.verdict == .na)
        #expect(r.score == 57.14)
        #expect(r.overall == .fail)
        #expect(r.fatal == false)
    }

    @Test("a fatal fail makes the score 0 and the contact fail")
    func fatalOverride() throws {
        let r = try checker.score(TinyStandards.transcript([.agent("Selamat pagi. Dasar Bapak tidak sabar.")]))
        #expect(r["T-F1"]?.verdict == .fail)
        #expect(r.fatal)
        #expect(r.score == 0)
        #expect(r.overall == .fail)
    }

    @Test("partial scopes get a score but no overall verdict")
    func partialScope() throws {
        let r = try checker.score(TinyStandards.transcript("opening", [.agent("Selamat pagi, dengan Rina.")]))
        #expect(r.score == 100)
        #expect(r.overall == nil)
    }

    @Test("forbidden words match whole tokens only")
    func wholeTokens() throws {
        let clean = "Mohon menunggu sebentar saja, sudah terima kasih juga tiga harga memang akun begitu gangguan."
        #expect(try checker.score(TinyStandards.transcript("snippet", [.agent(clean)]))["T-B1"]?.verdict == .pass)
        for word in ["bentar", "aja", "udah", "sih", "ga", "emang", "aku", "gitu", "gan"] {
            let r = try checker.score(TinyStandards.transcript("snippet", [.agent("Baik \(word) Pak.")]))
            #expect(r["T-B1"]?.verdict == .fail, "\(word)")
        }
    }

    @Test("a greeting is judged on the customer's time, with typos tolerated in speech")
    func greetingTime() throws {
        #expect(
            try checker.score(TinyStandards.transcript("opening", time: "10:01", [.agent("Selamat pagi")]))["T-O1"]?
                .verdict == .fail)
        #expect(
            try checker.score(TinyStandards.transcript("opening", time: "10:00", [.agent("Selamat pgi")]))["T-O1"]?
                .verdict == .pass)
        #expect(
            try checker.score(TinyStandards.transcript("opening", time: "08:00", [.agent("Pagi, Pak")]))["T-O1"]?
                .verdict == .fail)
    }

    @Test("a failed parameter carries evidence and a suggestion with its placeholders filled")
    func evidenceAndSuggestion() throws {
        let r = try checker.score(TinyStandards.transcript("opening", time: "19:00", [.agent("Halo, oke.")]))
        let o1 = try #require(r["T-O1"])
        #expect(o1.suggestion == "Ucapkan \"Selamat malam\".")
        let b1 = try #require(r["T-B1"])
        #expect(b1.evidence.contains("\"oke\""))
        #expect(b1.suggestion == "Ganti \"oke\".")
        #expect(r["T-B2"]?.evidence == "perlu penilaian pendengar")
    }

    @Test("every hold must be followed by thanks")
    func everyHold() throws {
        let turns: [Turn] = [
            .agent("Selamat pagi."), .hold(seconds: 30), .agent("Terima kasih sudah menunggu."), .hold(seconds: 20),
            .agent("Maaf menunggu lama."),
        ]
        let h2 = try #require(try checker.score(TinyStandards.transcript(turns))["T-H2"])
        #expect(h2.verdict == .fail)
        #expect(h2.evidence.hasPrefix("hold ke-2"))
        #expect(h2.evidence.contains("tidak diterima"))
    }

    @Test("the live check judges only the newest agent turn, plus the every-turn parameters")
    func liveCheck() {
        let t = TinyStandards.transcript([.agent("Halo oke"), .customer("Ya"), .agent("Selamat pagi, Bapak.")])
        let results = checker.checkLatestTurn(of: t, parameters: ["T-O1"])
        #expect(results.map(\.parameter) == ["T-O1", "T-B1", "T-F1"])
        #expect(results.allSatisfy { $0.verdict == .pass })
        #expect(checker.everyTurnParameters(of: "TINY") == ["T-B1", "T-F1"])
    }

    @Test("the standard follows service, tier and channel")
    func standardSelection() throws {
        var t = TinyStandards.transcript([.agent("Selamat pagi")])
        #expect(checker.standardID(for: t) == "TINY")
        t.tier = nil
        #expect(checker.standardID(for: t) == "TINY")
        t.channel = .voiceOutbound
        #expect(checker.standardID(for: t) == nil)
        #expect(throws: CheckingError.self) { try checker.score(t) }
    }

    @Test("the result encodes as id, standard, results by parameter, score, fatal, overall")
    func jsonShape() throws {
        let r = try checker.score(TinyStandards.transcript([.agent("Selamat pagi.")]))
        for text in [r.json(), String(decoding: try JSONEncoder().encode(r), as: UTF8.self)] {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            #expect(Set(object.keys) == ["id", "standard", "results", "score", "fatal", "overall"])
            let results = try #require(object["results"] as? [String: [String: Any]])
            #expect(Set(results["T-O1"]?.keys.map { $0 } ?? []) == ["verdict", "evidence", "suggestion"])
            #expect(object["overall"] as? String == "pass")
        }
        #expect(r.json(pretty: true).contains("\n  \"results\": {"))
    }
}
