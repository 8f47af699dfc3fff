import Foundation
import Testing

/// The phrase checker through the real binary: live in the shell and in batch.
@Suite struct QCEndToEndTests {
    @Test func aWrongGreetingTimeAndASlangWordAreFlaggedAsTyped() throws {
        let world = try TestWorld()
        let terminal = try PseudoTerminal(executable: world.runner.executable, environment: world.environment(as: "1001"))
        _ = try terminal.expect("]>")
        try terminal.sendLine("start 147-complaint")
        _ = try terminal.expect("greeting>")
        // 08:00 WIB is pagi, not siang.
        try terminal.sendLine("Selamat siang, Telkom 147, dengan Rina. Ada yang bisa saya bantu?")
        let greeting = try terminal.expect("greeting>")
        #expect(greeting.contains("✗ 147-O1"))
        #expect(greeting.contains("→ "), "a suggestion follows the failed parameter")
        #expect(greeting.lowercased().contains("pagi"), "the suggestion names the right greeting")
        #expect(greeting.contains("✓ 147-O2"))
        try terminal.sendLine("Oke, bentar ya Pak")
        let slang = try terminal.expect("greeting>")
        #expect(slang.contains("✗ 147-B1"))
        #expect(slang.contains("\"bentar\"") || slang.contains("bentar"))
        #expect(slang.contains("→ "))
        try terminal.sendLine("Mohon ditunggu sebentar")
        let clean = try terminal.expect("greeting>")
        #expect(!clean.contains("✗ 147-B1"), "sebentar is not the slang bentar")
    }

    @Test func qcAutoScoresTenThousandLinesAndNamesTheBadOnes() throws {
        let world = try TestWorld(people: false)
        let good = #"{"id":"T","service":"147","tier":"T1","channel":"voice","scope":"full_call","local_time":"09:00","timezone":"WIB","agent_name":"Rina","customer_name":"Budi","context":{"complaint":true},"turns":[{"speaker":"agent","text":"Selamat pagi, Telkom 147, dengan Rina. Ada yang bisa saya bantu?"},{"speaker":"customer","text":"Internet saya mati"},{"speaker":"agent","text":"Mohon maaf atas ketidaknyamanannya, Bapak Budi."},{"speaker":"agent","text":"Terima kasih Bapak Budi telah menghubungi Telkom. Selamat pagi."}]}"#
        var lines: [String] = []
        for i in 0..<10_000 { lines.append(good.replacingOccurrences(of: #""id":"T""#, with: #""id":"T\#(i)""#)) }
        lines[41] = "{not json"
        lines[977] = #"{"service":"147","channel":"carrier_pigeon","scope":"full_call","agent_name":"A","turns":[]}"#
        let file = world.folder.appendingPathComponent("batch.jsonl")
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let result = try world.runner.run(
            ["qc", "auto", file.path, "--format", "jsonl"], environment: world.environment(), stdin: "",
            timeout: .seconds(120))
        #expect(result.exitCode == 1, "invalid lines make the run exit 1")
        #expect(result.stderr.contains("line 42"))
        #expect(result.stderr.contains("line 978"))
        let out = result.stdout.split(separator: "\n")
        #expect(out.count == 9_998)
        for line in out.prefix(50) + out.suffix(50) {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(object?["standard"] as? String == "DRAFT-147-T1")
            #expect(object?["results"] is [String: Any])
            #expect(object?.keys.contains("overall") == true)
        }
    }

    @Test func aRecordedSessionExportsToATranscriptThatQCScores() throws {
        let world = try TestWorld()
        try world.shell([
            "start 147-info", "Selamat pagi, Telkom 147, dengan Rina. Ada yang bisa saya bantu?", "next",
            "set customer_name Sari", "next", "set topic produk", "general", "direct", "set info_summary paket",
            "done", "Apakah ada hal lain yang bisa saya bantu, Ibu Sari?", "done",
            "Terima kasih Ibu Sari telah menghubungi Telkom. Selamat pagi.", "close info-given",
        ], as: "1001")
        let id = try world.lastSessionID()
        let exported = try world.run(["sessions", "export", id], as: "1001")
        try world.expectSuccess(exported)
        let scored = try world.run(["qc", "auto", "-", "--format", "json"], stdin: exported.stdout)
        try world.expectSuccess(scored)
        let object = try JSONSerialization.jsonObject(with: Data(scored.stdout.utf8)) as? [String: Any]
        #expect(object?["id"] as? String == id)
        let results = object?["results"] as? [String: [String: Any]] ?? [:]
        #expect(results["147-O1"]?["verdict"] as? String == "pass")
        #expect(results["147-C2"]?["verdict"] as? String == "pass")
    }
}
