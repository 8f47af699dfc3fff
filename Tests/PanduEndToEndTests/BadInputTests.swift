import Foundation
import Testing

/// Bad input at the prompt gets a clear message, the session goes on, and nothing recorded is lost.
@Suite struct BadInputTests {
    @Test func everyKindOfBadLineIsNamedAndTheShiftGoesOn() throws {
        let world = try TestWorld()
        var bytes = Array("login 1001\n1234\nready\nfrobnicate\nstrat 108\n\nstart 147-complaint\n".utf8)
        bytes += [0x73, 0x61, 0x79, 0x20, 0xC3, 0x28, 0xFF, 0x0A]  // "say " + invalid UTF-8
        bytes += Array(("say " + String(repeating: "a", count: 100_000) + "\n").utf8)
        bytes += Array("next\nnext\nset customer_name 12345\nset customer_name Budi Hartono\nnext\nstatus\n".utf8)
        let result = try world.runner.run(
            [], environment: world.environment(), stdinBytes: bytes, timeout: .seconds(60))
        #expect(result.exitCode == 1, "failed commands make the script exit non-zero")
        let err = result.stderr
        #expect(err.contains("Perintah tidak dikenal: 'frobnicate'"))
        #expect(err.contains("Maksud Anda 'start'?"))
        #expect(err.contains("bukan UTF-8"))
        #expect(err.contains("Baris terlalu panjang (100004 byte"))
        #expect(err.contains("customer_name"))
        // The shift went on after every bad line: the valid name was captured and the step moved.
        #expect(result.stdout.contains("Dicatat: customer_name = Budi Hartono"))
        #expect(result.stdout.contains("langkah complaint"))
    }

    @Test func aWrongServiceNumberIsRefusedWithTheValueAndTheField() throws {
        let world = try TestWorld()
        let result = try world.shell([
            "login 1001", "1234", "start 147-complaint", "next", "set customer_name Budi", "next",
            "set complaint_type internet", "set complaint_summary mati", "next", "set fastel 12345",
            "set fastel 0227201234", "status",
        ])
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("\"12345\" is not a valid fastel") || result.stderr.contains("12345"))
        #expect(result.stdout.contains("fastel = 0227201234"))
    }

    @Test func unknownCommandOutsideAContactIsNotRecordedAsSpeech() throws {
        let world = try TestWorld()
        let result = try world.shell(["login 1001", "1234", "Selamat pagi"])
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("Perintah tidak dikenal"))
    }

    @Test func englishMessagesWithLangEn() throws {
        let world = try TestWorld()
        let result = try world.shell(["login 1001", "1234", "frobnicate"], extra: ["PANDU_LANG": "en"])
        #expect(result.stderr.contains("Unknown command: 'frobnicate'"))
        #expect(result.stdout.contains("Welcome, Rina Wulandari"))
    }
}
