import Foundation
import PanduCore
import Testing

@testable import PanduKnowledge

/// The real `knowledge/standards/` of this repository, found from this file's path.
enum StandardsFixture {
    /// The nearest folder above this file that holds `knowledge/standards`.
    static var repository: URL {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("knowledge/standards").path) {
                return url
            }
            url.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }
    static var folder: URL { repository.appendingPathComponent("knowledge/standards") }
}

@Suite("Standards loader")
struct StandardLoaderTests {
    @Test("the shipped standards load without a single problem")
    func shippedStandardsAreClean() throws {
        let problems = StandardLoader.check(folder: StandardsFixture.folder)
        for p in problems { print(p.errorDescription ?? "\(p)") }
        #expect(problems.isEmpty)
    }

    @Test("every standard of the draft is loaded with its parameter ids")
    func parameterIDsPerStandard() throws {
        let set = try StandardLoader.load(folder: StandardsFixture.folder)
        let ids = set.parameterIDs
        #expect(Set(ids.keys.map(\.rawValue)) == ["DRAFT-108", "DRAFT-147-T1", "DRAFT-147-T2", "DRAFT-SOSMED"])
        #expect(ids[StandardID("DRAFT-108")]?.count == 17)
        #expect(ids[StandardID("DRAFT-147-T1")]?.count == 23)
        #expect(ids[StandardID("DRAFT-147-T2")]?.count == 20)
        #expect(ids[StandardID("DRAFT-SOSMED")]?.count == 14)
        #expect(ids[StandardID("DRAFT-108")]?.contains(ParameterID("108-F4")) == true)
    }

    @Test("the knowledge root works as well as the standards folder")
    func acceptsKnowledgeRoot() throws {
        let set = try StandardLoader.load(folder: StandardsFixture.repository.appendingPathComponent("knowledge"))
        #expect(set.standards.count == 4)
    }
}
