import Foundation
import PanduCore
import Testing

@testable import PanduKnowledge

@Suite("AUX reasons, dispositions and articles")
struct ListFileTests {
    @Test("AUX reasons: required productive, counts, slugs, duplicates, unknown keys")
    func auxReasons() throws {
        let text = """
            - {code: istirahat, label: "Istirahat", allowance_minutes: 60, productive: false}
            - {code: istirahat, label: "Lagi", productive: false}
            - {code: Sholat Jumat, label: "Sholat", productive: false}
            - {code: toilet, label: "Toilet", allowance_minutes: -5, productive: false}
            - {code: briefing, label: "Briefing"}
            - {code: coaching, label: "Coaching", productive: true, allowence_minutes: 30}

            """
        let result = try KnowledgeProblems(writing: text, to: "aux-reasons.yaml")
        let file = "aux-reasons.yaml"
        #expect(result.contains(file, 2, "duplicate AUX code \"istirahat\" (first at line 1)"), "\(result.listing)")
        #expect(
            result.contains(file, 3, "AUX code \"Sholat Jumat\" is not a lower-case id", "\"sholat-jumat\""),
            "\(result.listing)")
        #expect(
            result.contains(
                file, 4, "\"allowance_minutes\" of AUX reason 4 must be a whole number of 0 or more, found \"-5\""),
            "\(result.listing)")
        #expect(
            result.contains(file, 5, "AUX reason 5 is missing the required key \"productive\""), "\(result.listing)")
        #expect(
            result.contains(file, 6, "unknown key \"allowence_minutes\"", "did you mean \"allowance_minutes\"?"),
            "\(result.listing)")
        let acd = """
            - {code: istirahat, label: "Istirahat", productive: false, acd: [LUNCHBREAK, Istirahat]}
            - {code: toilet, label: "Toilet", productive: false, acd: [lunchbreak, WC]}
            - {code: briefing, label: "Briefing", productive: true, acd: [Toilet]}

            """
        let spelled = try KnowledgeProblems(writing: acd, to: "aux-reasons.yaml")
        #expect(
            spelled.contains(file, 2, "duplicate ACD pause reason \"lunchbreak\" (first at line 1)"),
            "\(spelled.listing)")
        #expect(
            spelled.contains(file, 3, "duplicate ACD pause reason \"toilet\" (first at line 2)"), "\(spelled.listing)")
        #expect(!spelled.listing.contains("\"istirahat\""), "a reason may list its own code: \(spelled.listing)")
        let notAList = try KnowledgeProblems(writing: "istirahat: 60\n", to: "aux-reasons.yaml")
        #expect(notAList.contains(file, 1, "the file must be a list of AUX reasons"), "\(notAList.listing)")
    }

    @Test("retention: whole years, at least one; the bundled file keeps two (P-10 §10)")
    func retention() throws {
        let zero = try KnowledgeProblems(writing: "# masa simpan\nkeep_years: 0\n", to: "retention.yaml")
        #expect(zero.contains("retention.yaml", 2, "keep_years must be at least 1"), "\(zero.listing)")
        let typo = try KnowledgeProblems(writing: "keep_yaers: 2\n", to: "retention.yaml")
        #expect(typo.listing.contains("retention.yaml:1"), "\(typo.listing)")
        #expect(try WorkflowSettingsLoader.retention(from: TestFolders.bundledKnowledge).keepYears == 2)
    }

    @Test("AUX reasons and dispositions load with their values")
    func loads() throws {
        let folder = try TestFolders.minimalKnowledge()
        let knowledge = try KnowledgeLoader.load(from: folder)
        #expect(
            knowledge.auxReasons == [
                AuxReason(code: "istirahat", label: "Istirahat", allowanceMinutes: 60, productive: false)
            ])
        #expect(knowledge.disposition("number-given")?.flows == ["mini"])
        #expect(knowledge.dispositions(for: "mini").map(\.id) == ["resolved"])
        #expect(knowledge.flowIDs == ["mini"])
        #expect(knowledge.flow("mini")?.step("greeting")?.captures.first?.kind == .ticket)
        #expect(knowledge.folder == folder)
    }

    @Test("dispositions: flows that do not exist, duplicates, missing labels")
    func dispositions() throws {
        let text = """
            - {id: resolved, label: "Selesai", flows: [mini, mnii]}
            - {id: resolved, label: "Lagi"}
            - {id: ticket-created}

            """
        let result = try KnowledgeProblems(writing: text, to: "dispositions.yaml")
        let file = "dispositions.yaml"
        #expect(
            result.contains(
                file, 1, "disposition \"resolved\" names flow \"mnii\", which does not exist", "did you mean \"mini\"?"),
            "\(result.listing)")
        #expect(result.contains(file, 2, "duplicate disposition id \"resolved\""), "\(result.listing)")
        #expect(result.contains(file, 3, "disposition 3 is missing the required key \"label\""), "\(result.listing)")
    }

    @Test("articles: category must match the file, ids unique across files, body required")
    func articles() throws {
        let folder = try TestFolders.minimalKnowledge()
        try TestFolders.write(
            """
            - id: contoh
              title: "Lagi"
              category: tagihan
              body: "Isi."
            - id: tanpa-isi
              title: "Tanpa isi"
              category: tagihan
            - id: Salah Id
              title: "Id"
              category: produk
              body: "Isi."

            """, to: "kb/sub/tagihan.yaml", in: folder)
        let problems = KnowledgeChecker.check(folder: folder)
        let result = KnowledgeProblemsList(problems: problems)
        let file = "kb/sub/tagihan.yaml"
        #expect(
            result.contains(file, 1, "duplicate article id \"contoh\" (first at kb/produk.yaml:1)"), "\(result.listing)"
        )
        #expect(result.contains(file, 5, "article 2 is missing the required key \"body\""), "\(result.listing)")
        #expect(
            result.contains(file, 10, "category \"produk\" differs from the file", "category: tagihan"),
            "\(result.listing)")
        #expect(result.contains(file, 8, "article id \"Salah Id\" is not a lower-case id"), "\(result.listing)")
        let articles = try KnowledgeLoader.loadArticles(from: TestFolders.minimalKnowledge())
        #expect(
            articles == [Article(id: "contoh", title: "Contoh", category: "produk", tags: ["a"], body: "Isi artikel.")])
    }

    @Test("a missing file or folder is reported as missing")
    func missingFiles() throws {
        let folder = try TestFolders.minimalKnowledge()
        try FileManager.default.removeItem(at: folder.appendingPathComponent("aux-reasons.yaml"))
        try FileManager.default.removeItem(at: folder.appendingPathComponent("kb"))
        let problems = KnowledgeChecker.check(folder: folder)
        #expect(problems.contains { if case .missing(let path, _) = $0 { path == "aux-reasons.yaml" } else { false } })
        #expect(problems.contains { if case .missing(let path, _) = $0 { path == "kb/" } else { false } })
        #expect(throws: KnowledgeError.self) { try KnowledgeLoader.load(from: folder) }
        let nowhere = folder.appendingPathComponent("nowhere")
        #expect(KnowledgeChecker.check(folder: nowhere).count == 1)
    }
}

/// Problems already collected, with the same lookup as `KnowledgeProblems`.
struct KnowledgeProblemsList {
    let problems: [KnowledgeError]

    func contains(_ file: String, _ line: Int, _ fragments: String...) -> Bool {
        problems.contains { problem in
            guard case .invalid(let f, let l, let message) = problem else { return false }
            return f == file && l == line && fragments.allSatisfy { message.contains($0) }
        }
    }

    var listing: String { problems.map { $0.localizedDescription }.joined(separator: "\n") }
}
