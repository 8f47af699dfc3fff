import Foundation
import PanduCore
import Testing

@testable import PanduKnowledge

@Suite("KnowledgeCache: a copy of the start-up knowledge, used only while its files are unchanged")
struct KnowledgeCacheTests {
    @Test func aCopyGivesTheSameKnowledgeAsTheFiles() throws {
        let source = try TestFolders.minimalKnowledge()
        let cache = KnowledgeCache(folder: try TestFolders.temporary(), build: "b1")
        let loaded = try KnowledgeLoader.load(from: source)
        #expect(try cache.load(from: source) == loaded)
        let file = cache.copyFile(for: source)
        #expect(FileManager.default.fileExists(atPath: file.path))
        #expect(try cache.load(from: source) == loaded, "read back from the copy")
        // Proof the second load came from the copy: a copy whose knowledge was changed on disk is believed.
        let text = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(
            of: "\"Mini\"", with: "\"Dari salinan\"")
        try text.write(to: file, atomically: true, encoding: .utf8)
        #expect(try cache.load(from: source).flows.first?.name == "Dari salinan")
    }

    @Test func anEditedFileANewFileOrAnotherBuildMeansTheFilesAreReadAgain() throws {
        let source = try TestFolders.minimalKnowledge()
        let cache = KnowledgeCache(folder: try TestFolders.temporary(), build: "b1")
        _ = try cache.load(from: source)
        let flow = source.appendingPathComponent("flows/mini.yaml")
        try TestFolders.minimalFlow.replacingOccurrences(of: "name: \"Mini\"", with: "name: \"Mini 2\"")
            .write(to: flow, atomically: true, encoding: .utf8)
        #expect(try cache.load(from: source).flows.first?.name == "Mini 2")
        try TestFolders.minimalFlow.replacingOccurrences(of: "id: mini", with: "id: lain")
            .write(to: source.appendingPathComponent("flows/lain.yaml"), atomically: true, encoding: .utf8)
        #expect(try cache.load(from: source).flowIDs == ["lain", "mini"])
        let copy = cache.copyFile(for: source)
        let stale = try String(contentsOf: copy, encoding: .utf8).replacingOccurrences(
            of: "\"Mini 2\"", with: "\"Basi\"")
        try stale.write(to: copy, atomically: true, encoding: .utf8)
        let otherBuild = KnowledgeCache(folder: cache.folder, build: "b2")
        #expect(try otherBuild.load(from: source).flow("mini")?.name == "Mini 2", "another build ignores the copy")
    }

    @Test func aBrokenCopyOrAnUnwritableCacheOnlyCostsTheFullLoad() throws {
        let source = try TestFolders.minimalKnowledge()
        let cache = KnowledgeCache(folder: try TestFolders.temporary(), build: "b1")
        _ = try cache.load(from: source)
        try Data("{\"layout\": 1, \"bui".utf8).write(to: cache.copyFile(for: source))
        #expect(try cache.load(from: source) == KnowledgeLoader.load(from: source))
        let blocked = try TestFolders.temporary().appendingPathComponent("a-file")
        try Data().write(to: blocked)
        let unwritable = KnowledgeCache(folder: blocked.appendingPathComponent("pandu"), build: "b1")
        #expect(try unwritable.load(from: source) == KnowledgeLoader.load(from: source))
    }

    @Test func aBadFileIsStillReportedWithItsPlace() throws {
        let source = try TestFolders.minimalKnowledge()
        let cache = KnowledgeCache(folder: try TestFolders.temporary(), build: "b1")
        _ = try cache.load(from: source)
        try "- {code: istirahat, label: \"Istirahat\"}\n".write(
            to: source.appendingPathComponent("aux-reasons.yaml"), atomically: true, encoding: .utf8)
        #expect(throws: (any Error).self) { try cache.load(from: source) }
        do {
            _ = try cache.load(from: source)
        } catch {
            #expect("\(error.localizedDescription)".contains("aux-reasons.yaml:1"), "\(error.localizedDescription)")
        }
    }
}
