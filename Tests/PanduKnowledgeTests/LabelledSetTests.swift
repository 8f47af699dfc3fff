import Foundation
import PanduCore
import Testing

@testable import PanduKnowledge

/// One labelled case: a transcript and the verdicts a QC officer expects.
struct LabelledCase {
    var file: String
    var line: Int
    var transcript: Transcript
    var expected: [String: Verdict]

    /// Every case of `Fixtures/labelled/*.jsonl`.
    static func all() throws -> [LabelledCase] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "Fixtures/labelled")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".jsonl") }
            .sorted()
        var cases: [LabelledCase] = []
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where !line.trimmingCharacters(in: .whitespaces).isEmpty {
                let data = Data(line.utf8)
                let transcript = try JSONDecoder().decode(Transcript.self, from: data)
                let raw = try JSONDecoder().decode(Expectation.self, from: data).expected
                cases.append(
                    LabelledCase(
                        file: file, line: n + 1, transcript: transcript,
                        expected: raw.compactMapValues { Verdict(rawValue: $0) }))
            }
        }
        return cases
    }

    private struct Expectation: Decodable { var expected: [String: String] }
}

@Suite("Labelled set")
struct LabelledSetTests {
    let checker: PhraseChecker
    let cases: [LabelledCase]

    init() throws {
        checker = try StandardLoader.checker(folder: StandardsFixture.folder)
        cases = try LabelledCase.all()
    }

    @Test("the checker agrees with every labelled verdict")
    func fullAgreement() throws {
        var disagreements: [String] = []
        var judged = 0
        for c in cases {
            let result = try checker.score(c.transcript)
            for (parameter, expected) in c.expected.sorted(by: { $0.key < $1.key }) {
                judged += 1
                guard let got = result[ParameterID(parameter)] else {
                    disagreements.append("\(c.transcript.id ?? "?") \(parameter): not in \(result.standard)")
                    continue
                }
                if got.verdict != expected {
                    disagreements.append(
                        "\(c.transcript.id ?? "?") (\(c.file):\(c.line)) \(parameter): expected \(expected.rawValue), got \(got.verdict.rawValue) — \(got.evidence)"
                    )
                }
            }
        }
        for d in disagreements { print("DISAGREE " + d) }
        #expect(cases.count >= 150)
        #expect(disagreements.isEmpty, "\(disagreements.count) of \(judged) labelled verdicts disagree")
    }

    @Test("every parameter of every standard is exercised both ways; manual ones as na")
    func coverage() throws {
        let set = checker.standards
        var seen: [String: Set<Verdict>] = [:]
        for c in cases {
            for (parameter, verdict) in c.expected { seen[parameter, default: []].insert(verdict) }
        }
        var missing: [String] = []
        for standard in set.standards {
            for p in standard.parameters {
                let verdicts = seen[p.id.rawValue] ?? []
                let needed: Set<Verdict> = p.manual ? [.na] : [.pass, .fail]
                for v in needed.subtracting(verdicts) {
                    missing.append("\(standard.id) \(p.id): no case expects \(v.rawValue)")
                }
            }
        }
        for m in missing.sorted() { print("UNCOVERED " + m) }
        #expect(missing.isEmpty)
    }

    @Test("a batch memo changes nothing: every case scores to the same JSON cold, warm and without it")
    func memoIsInvisible() throws {
        let memo = ScoringMemo()
        for pass in 1...2 {
            for c in cases {
                let plain = try checker.score(c.transcript).json()
                let memoised = try checker.score(c.transcript, standard: nil, memo: memo).json()
                #expect(memoised == plain, "\(c.file):\(c.line), pass \(pass)")
            }
        }
    }

    @Test("a full memo changes nothing: past its limit texts are tokenised afresh, remembered ones still reused")
    func fullMemoIsInvisible() throws {
        let memo = ScoringMemo(limit: 3)
        for pass in 1...2 {
            for c in cases {
                let plain = try checker.score(c.transcript).json()
                let memoised = try checker.score(c.transcript, standard: nil, memo: memo).json()
                #expect(memoised == plain, "\(c.file):\(c.line), pass \(pass)")
            }
        }
    }

    @Test("the memo tells canonically equivalent texts apart: a precomposed é and e + accent tokenise differently")
    func memoKeysOnBytes() throws {
        func transcript(_ name: String) throws -> Transcript {
            let json = """
                {"service":"108","channel":"voice","scope":"opening","local_time":"10:20","timezone":"WIB",\
                "agent_name":"Rina","turns":[{"speaker":"agent","text":"Selamat pagi Pak \(name), dengan Rina. \
                Ada yang bisa saya bantu?"}]}
                """
            return try JSONDecoder().decode(Transcript.self, from: Data(json.utf8))
        }
        let precomposed = try transcript("Andr\u{E9}")
        let decomposed = try transcript("Andre\u{301}")
        let memo = ScoringMemo()
        for t in [precomposed, decomposed, precomposed] {
            #expect(try checker.score(t, standard: nil, memo: memo).json() == checker.score(t).json())
        }
    }

    @Test("cases cover every standard, in whole contacts and single utterances")
    func shapes() throws {
        for standard in ["DRAFT-108", "DRAFT-147-T1", "DRAFT-147-T2", "DRAFT-SOSMED"] {
            let mine = try cases.filter { try checker.score($0.transcript).standard.rawValue == standard }
            let whole = mine.filter { $0.transcript.scope == "full_call" || $0.transcript.scope == "reply" }
            let single = mine.filter {
                $0.transcript.turns.filter { if case .agent = $0 { true } else { false } }.count == 1
            }
            #expect(whole.count >= 3, "\(standard): whole contacts")
            #expect(single.count >= 3, "\(standard): single utterances")
        }
    }
}
