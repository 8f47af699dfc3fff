import Foundation
import PanduCore
import Testing

@testable import PanduKnowledge

/// `knowledge/targets.yaml`: the bundled file loads; bad measures, bounds and duplicate queues name their line.
@Suite struct TargetsLoaderTests {
    @Test func bundledTargetsLoad() throws {
        let t = try TargetsLoader.load(from: TestFolders.bundledKnowledge)
        let s147 = try #require(t.service(id: "147"))
        #expect(s147.target("sl_regulator")?.min == 0.9)
        #expect(s147.target("asa")?.max == 20)
        #expect(s147.config.thresholds == [20])
        #expect(s147.config.regulatorAnswerSeconds == 30)
        #expect(t.service(forQueue: "147-info").id == "147")
        #expect(t.service(forQueue: "999").id == "999")
        #expect(t.service(id: "socmed")?.isSocial == true)
        #expect(t.defaults.loginGraceMinutes == 5)
        #expect(TargetsLoader.check(folder: TestFolders.bundledKnowledge).isEmpty)
    }

    @Test func problemsNameTheLine() throws {
        let cases: [(String, Int, String)] = [
            ("services:\n  - id: a\n    targets:\n      sl_99: {min: 80}\n", 4, "unknown measure"),
            ("services:\n  - id: a\n    targets:\n      asa: {min: 1, max: 2}\n", 4, "exactly one"),
            ("services:\n  - id: a\n    targets:\n      abandon_rate: {max: 150}\n", 4, "percentage"),
            (
                "services:\n  - id: a\n    queues: [q]\n  - id: b\n    queues: [q]\n", 4,
                "already in service"
            ),
            ("defaults:\n  interval_minutes: 20\nservices: []\n", 2, "15, 30 or 60"),
            ("defaults:\n  colour: red\nservices: []\n", 2, "unknown key"),
        ]
        for (text, line, fragment) in cases {
            let folder = try TestFolders.temporary()
            defer { try? FileManager.default.removeItem(at: folder) }
            try TestFolders.write(text, to: "targets.yaml", in: folder)
            let problems = TargetsLoader.check(folder: folder)
            #expect(problems.count == 1, "\(text)")
            guard case .invalid(_, let at, let message)? = problems.first else { continue }
            #expect(at == line, "\(message)")
            #expect(message.contains(fragment), "\(message)")
        }
    }
}
