import Foundation
import PanduCore
import PanduKnowledge
import Testing

@testable import PanduShell

/// The checker built from this repository's `knowledge/standards`.
enum QCFixture {
    static let checker: PhraseChecker = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/",
            !FileManager.default.fileExists(atPath: url.appendingPathComponent("knowledge/standards").path)
        {
            url.deleteLastPathComponent()
        }
        return try! StandardLoader.checker(folder: url.appendingPathComponent("knowledge/standards"))
    }()

    static let reply =
        #"{"id":"r1","service":"socmed","channel":"twitter_dm","scope":"reply","local_time":"14:00","timezone":"WIB","agent_name":"Dewi","customer_name":"Andi","context":{"complaint":true},"turns":[{"speaker":"customer","text":"Internet mati"},{"speaker":"agent","text":"Halo Kak Andi, mohon maaf atas ketidaknyamanannya, silakan restart modem. Terima kasih. -Dewi"}]}"#
    static let opening =
        #"{"id":"o1","service":"108","channel":"voice","scope":"opening","local_time":"10:20","timezone":"WIB","agent_name":"Rina","turns":[{"speaker":"agent","text":"Selamat pagi, layanan informasi 108 Telkom, dengan Rina. Ada yang bisa saya bantu?"}]}"#
}

/// Runs the runner over `input`, collecting what it writes.
func runQC(_ input: String, format: QCAutoRunner.Format = .json, standard: StandardID? = nil)
    -> (out: [String], err: [String], summary: QCAutoRunner.Summary)
{
    var out: [String] = []
    var err: [String] = []
    let summary = QCAutoRunner(checker: QCFixture.checker, format: format, standardOverride: standard)
        .run(input: Data(input.utf8), output: { out.append($0) }, diagnostics: { err.append($0) })
    return (out, err, summary)
}

@Suite("qc auto runner")
struct QCAutoRunnerTests {
    @Test("one JSON document gives one pretty result")
    func singleDocument() throws {
        let pretty = try JSONSerialization.data(
            withJSONObject: try JSONSerialization.jsonObject(with: Data(QCFixture.reply.utf8)), options: .prettyPrinted)
        let r = runQC(String(decoding: pretty, as: UTF8.self))
        #expect(r.summary == .init(scored: 1, invalid: 0, failed: 0))
        #expect(r.out.count == 1)
        #expect(r.out[0].contains("\n  \"standard\": \"DRAFT-SOSMED\""))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.out[0].utf8)) as? [String: Any])
        #expect(object["overall"] as? String == "pass")
    }

    @Test("JSON Lines: a bad line is reported with its number and the rest is still scored")
    func jsonLinesWithBadLine() throws {
        let input = [
            QCFixture.reply, "{\"id\": \"broken\", ", QCFixture.opening,
            #"{"service":"999","channel":"voice","scope":"opening","agent_name":"X","turns":[]}"#, "",
        ]
        .joined(separator: "\n")
        let r = runQC(input)
        #expect(r.summary.scored == 2)
        #expect(r.summary.invalid == 2)
        #expect(r.err.count == 2)
        #expect(r.err[0].hasPrefix("line 2: "))
        #expect(r.err[1].hasPrefix("line 4: ") && r.err[1].contains("no standard"))
        for line in r.out {
            #expect(!line.contains("\n"))
            #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil)
        }
    }

    @Test("JSON Lines: blank lines are skipped but counted, a last line without a line feed is read")
    func jsonLinesWithBlankLines() throws {
        let input = [QCFixture.reply, "", "  \t", "{\"id\": \"broken\", ", QCFixture.opening].joined(separator: "\n")
        let r = runQC(input)
        #expect(r.summary.scored == 2)
        #expect(r.err.count == 1)
        #expect(r.err.first?.hasPrefix("line 4: ") == true)
        #expect(r.out.count == 2 && r.out[1].contains("\"id\":\"o1\""))
    }

    @Test("a missing key is named")
    func missingKey() {
        let r = runQC(#"{"service":"108","channel":"voice","scope":"opening","turns":[]}"#)
        #expect(r.err == ["line 1: missing key \"agent_name\""])
        #expect(r.summary.invalid == 1)
    }

    @Test("the text sheet shows marks, evidence, suggestions, score and verdict in Indonesian")
    func textSheet() {
        let r = runQC(QCFixture.opening, format: .text)
        let sheet = r.out.joined()
        #expect(sheet.contains("LEMBAR QC o1"))
        #expect(sheet.contains("✗ 108-O1"))
        #expect(sheet.contains("✓ 108-O2"))
        #expect(sheet.contains("– 108-B2"))
        #expect(sheet.contains("saran: Buka dengan \"Selamat siang\""))
        #expect(sheet.contains("Skor: "))
        #expect(sheet.contains("Hasil: – (cakupan sebagian"))
    }

    @Test("a JSON array of transcripts is scored element by element; --standard overrides the choice")
    func arrayAndOverride() throws {
        let r = runQC("[\(QCFixture.opening),\(QCFixture.opening)]", format: .jsonl, standard: "DRAFT-147-T1")
        #expect(r.summary.scored == 2)
        #expect(r.out.allSatisfy { $0.contains("\"standard\":\"DRAFT-147-T1\"") })
    }

    @Test("many transcripts come out one valid JSON object per line")
    func manyLines() throws {
        let input = (0..<200).map { i in QCFixture.reply.replacingOccurrences(of: "\"r1\"", with: "\"r\(i)\"") }.joined(
            separator: "\n")
        let r = runQC(input, format: .jsonl)
        #expect(r.summary.scored == 200)
        #expect(
            Set(
                r.out.map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }.map {
                    $0["id"] as! String
                }
            ).count == 200)
    }

    @Test("escapes and unicode in texts survive the fast reader")
    func escapes() throws {
        let t =
            #"{"id":"e\u00e9\"1","service":"socmed","channel":"twitter_dm","scope":"reply","agent_name":"Dewi","turns":[{"speaker":"agent","text":"Halo Kak \ud83d\ude4f\n-Dewi"}]}"#
        let r = runQC(t, format: .jsonl)
        #expect(r.err.isEmpty)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.out[0].utf8)) as? [String: Any])
        #expect(object["id"] as? String == "eé\"1")
    }

    @Test("the latency helper reports ordered percentiles")
    func latency() {
        let report = CheckLatency(checker: QCFixture.checker)
            .measure(CheckLatency.sampleTranscript, parameters: ["147-I2", "147-I4"], iterations: 50)
        #expect(report.iterations == 50)
        #expect(report.p50 > 0 && report.p50 <= report.p99 && report.p99 <= report.max)
    }
}
