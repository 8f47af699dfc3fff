import Foundation
import PanduCore
import Testing

@testable import PanduKnowledge

@Suite("The bundled knowledge folder")
struct BundledKnowledgeTests {
    let folder = TestFolders.bundledKnowledge

    @Test("checks clean")
    func checksClean() {
        let problems = KnowledgeChecker.check(folder: folder)
        #expect(problems.isEmpty, "\(problems.map { $0.localizedDescription }.joined(separator: "\n"))")
    }

    @Test("loads the six flows, AUX reasons and dispositions")
    func loads() throws {
        let knowledge = try KnowledgeLoader.load(from: folder)
        #expect(
            knowledge.flows.map(\.id.rawValue) == ["108", "147-complaint", "147-info", "147-tier2", "caring", "socmed"])
        #expect(knowledge.auxReasons.count >= 8)
        #expect(knowledge.auxReasons.contains { $0.code == "gangguan-sistem" })
        #expect(knowledge.dispositions.count >= 10)
        for flow in knowledge.flows {
            #expect(!knowledge.dispositions(for: flow.id).isEmpty, "\(flow.id) has dispositions")
            #expect(flow.steps.contains { $0.closing })
        }
    }

    @Test("108 follows the seed's record codes")
    func recordCodes108() throws {
        let flow = try #require(try KnowledgeLoader.load(from: folder).flow("108"))
        #expect(flow.step("closing")?.sopCode == "IN.OCC.TELK.P-01_R8")
        #expect(flow.step("correction")?.sopCode == "IN.OCC.TELK.P-01_R9")
        #expect(flow.step("data-entry")?.sopCode == "IN.OCC.TELK.P-01_R10")
        let caring = try #require(try KnowledgeLoader.load(from: folder).flow("caring"))
        #expect(caring.steps.allSatisfy { $0.sopCode.hasPrefix("OB.IN.OCC.TELK.P-02_R") })
    }

    @Test("every flow's branches are choices")
    func branches() throws {
        let knowledge = try KnowledgeLoader.load(from: folder)
        let expected: [FlowID: [String]] = [
            "108": ["found", "not-found", "unlisted"],
            "147-complaint": ["resolved", "ticket", "escalate"],
            "147-tier2": ["right-party", "third-party", "wrong-number"],
            "socmed": ["public", "private"],
            "caring": ["agree", "decline"],
        ]
        for (id, choices) in expected {
            let flow = try #require(knowledge.flow(id))
            let all = Set(flow.steps.flatMap { $0.choices.map(\.id) })
            for choice in choices { #expect(all.contains(choice), "\(id) has choice \(choice)") }
        }
    }

    @Test("at least 40 articles of 60 to 200 words")
    func articles() throws {
        let articles = try KnowledgeLoader.loadArticles(from: folder)
        #expect(articles.count >= 40)
        for article in articles {
            let words = article.body.split(whereSeparator: { $0.isWhitespace }).count
            #expect((60...200).contains(words), "\(article.id) has \(words) words")
        }
    }

    @Test("at least 2,000 directory entries, about 3% unlisted, one area code per city")
    func directory() throws {
        let entries = try KnowledgeLoader.loadDirectory(from: folder)
        #expect(entries.count >= 2000)
        let unlisted = Double(entries.filter { !$0.listed }.count) / Double(entries.count)
        #expect((0.02...0.045).contains(unlisted))
        let codes = Dictionary(grouping: entries, by: \.city).mapValues { Set($0.map(\.areaCode)) }
        #expect(codes.values.allSatisfy { $0.count == 1 })
        #expect(codes["Jakarta Pusat"] == ["021"])
        #expect(codes["Makassar"] == ["0411"])
        #expect(codes["Jayapura"] == ["0967"])
        for entry in entries {
            #expect(
                FieldValidator.validate(entry.areaCode + entry.number, as: .fastel) != .invalid(reason: .fastelFormat))
        }
    }

    @Test("parameter references name file, line and a well-formed id")
    func parameterReferences() throws {
        let references = KnowledgeChecker.parameterReferences(folder: folder)
        #expect(references.count > 40)
        #expect(references.allSatisfy { ParameterReference.isWellFormed($0.parameter.rawValue) })
        let greeting = try #require(references.first { $0.flow == "108" && $0.parameter == "108-O1" })
        #expect(greeting.file == "flows/108.yaml")
        #expect(greeting.standard == "DRAFT-108")
        let text = try String(contentsOf: folder.appendingPathComponent("flows/108.yaml"), encoding: .utf8)
        let line = text.split(separator: "\n", omittingEmptySubsequences: false)[greeting.line - 1]
        #expect(line.contains("108-O1"))
    }
}

/// The review and QC workflow settings shipped in knowledge/.
@Suite struct WorkflowSettingsTests {
    @Test func theBundledReviewAndQCSettingsLoad() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("knowledge")
        let review = try WorkflowSettingsLoader.review(from: folder)
        #expect(review.holdLimitSeconds == 120)
        #expect(review.ahtTargets["147-complaint"] == 300)
        #expect(review.disciplineActions.map(\.id) == ["teguran-lisan", "teguran-tertulis", "sp1", "sp2", "sp3"])
        #expect(review.rule("login-terlambat") != nil)
        let qc = try WorkflowSettingsLoader.qc(from: folder)
        #expect(qc.disputeWindowDays == 3)
        #expect(qc.samplePerAgent == 5)
    }

    @Test func anUnknownKeyIsNamedWithItsLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("qcyaml-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "dispute_window_days: 3\nsample_per_agent: 5\ncalibration_agreement_target: 0.8\nwindow: 2\n"
            .write(to: folder.appendingPathComponent("qc.yaml"), atomically: true, encoding: .utf8)
        #expect(throws: KnowledgeError.self) { try WorkflowSettingsLoader.qc(from: folder) }
        let problems = KnowledgeChecker.check(folder: folder)
        #expect(problems.contains { "\($0)".contains("qc.yaml") && "\($0)".contains("window") })
    }
}
