import Foundation
import PanduCore
import Testing

@testable import PanduKnowledge

/// A copy of the shipped standards in a temporary folder, with one file changed.
struct BrokenStandards {
    let folder: URL

    init(_ file: String, edit: (String) -> String) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("standards-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: StandardsFixture.folder.path)
        where name.hasSuffix(".yaml") {
            let text = try String(contentsOf: StandardsFixture.folder.appendingPathComponent(name), encoding: .utf8)
            try (name == file ? edit(text) : text).write(
                to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
    }

    var problems: [String] { StandardLoader.check(folder: folder).map { $0.errorDescription ?? "\($0)" } }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}

@Suite("Standards validation")
struct StandardValidationTests {
    @Test("weights that do not sum to 100 are reported with file and line")
    func weights() throws {
        let s = try BrokenStandards("draft-108.yaml") {
            $0.replacingOccurrences(of: "weight: 10\n      manual: true", with: "weight: 11\n      manual: true")
        }
        defer { s.remove() }
        #expect(s.problems.contains { $0.hasPrefix("draft-108.yaml:") && $0.contains("sum to 101, not 100") })
    }

    @Test("an unknown placeholder is reported, quoting the pattern")
    func unknownPlaceholder() throws {
        let s = try BrokenStandards("draft-147-t1.yaml") {
            $0.replacingOccurrences(of: "required_any: [\"{brand_147}\"]", with: "required_any: [\"{brand_148}\"]")
        }
        defer { s.remove() }
        #expect(
            s.problems.contains { $0.contains("unknown placeholder {brand_148}") && $0.contains("draft-147-t1.yaml:") })
    }

    @Test("an unknown word list is reported")
    func unknownWordList() throws {
        let s = try BrokenStandards("draft-sosmed.yaml") {
            $0.replacingOccurrences(of: "word_lists.signature", with: "word_lists.signatures")
        }
        defer { s.remove() }
        #expect(s.problems.contains { $0.contains("unknown word list \"word_lists.signatures\"") })
    }

    @Test("an unknown key is reported at its line")
    func unknownKey() throws {
        let s = try BrokenStandards("draft-147-t2.yaml") {
            $0.replacingOccurrences(of: "      category: pembuka\n", with: "      categori: pembuka\n")
        }
        defer { s.remove() }
        let found = s.problems.filter { $0.contains("unknown key \"categori\"") }
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0.hasPrefix("draft-147-t2.yaml:") })
    }

    @Test("bad pattern syntax is reported with the pattern")
    func badSyntax() throws {
        let s = try BrokenStandards("word-lists.yaml") {
            $0.replacingOccurrences(of: "- \"mohon izin …\"", with: "- \"mohon (izin …\"")
        }
        defer { s.remove() }
        #expect(
            s.problems.contains {
                $0.hasPrefix("word-lists.yaml:") && $0.contains("bad pattern syntax") && $0.contains("mohon (izin")
            })
    }

    @Test("greeting windows with a gap are refused")
    func windowGap() throws {
        let s = try BrokenStandards("conventions.yaml") {
            $0.replacingOccurrences(of: "siang: {from: \"10:01\"", with: "siang: {from: \"10:05\"")
        }
        defer { s.remove() }
        #expect(s.problems.contains { $0.hasPrefix("conventions.yaml:") && $0.contains("greeting window") })
    }

    @Test("all problems are listed at once, and load names the first")
    func everyProblemAtOnce() throws {
        let s = try BrokenStandards("draft-108.yaml") {
            $0.replacingOccurrences(of: "weight: 8\n", with: "weight: 9\n").replacingOccurrences(
                of: "window: first_agent", with: "window: first_agnet")
        }
        defer { s.remove() }
        #expect(s.problems.count >= 2)
        #expect(throws: KnowledgeError.self) { try StandardLoader.load(folder: s.folder) }
    }

    @Test("a QC officer's change of a phrase takes effect without touching Swift")
    func dataDriven() throws {
        let s = try BrokenStandards("word-lists.yaml") {
            $0.replacingOccurrences(of: "    - bentar\n", with: "    - bentar\n    - mantap\n")
        }
        defer { s.remove() }
        let checker = try StandardLoader.checker(folder: s.folder)
        let t = Transcript(
            service: "108", channel: .voice, scope: "snippet", agentName: "Rina", turns: [.agent("Mantap, Pak.")])
        #expect(try checker.score(t)[ParameterID("108-B1")]?.verdict == .fail)
    }
}
