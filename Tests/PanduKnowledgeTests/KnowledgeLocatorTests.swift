import Foundation
import Testing

@testable import PanduKnowledge

@Suite("Finding the knowledge folder")
struct KnowledgeLocatorTests {
    /// A fake install: `<root>/repo/knowledge/flows/` and `<root>/repo/.build/release/pandu`, plus others.
    struct Layout {
        let root: URL
        var repo: URL { root.appendingPathComponent("repo") }
        var knowledge: URL { repo.appendingPathComponent("knowledge") }
        var binary: URL { repo.appendingPathComponent(".build/x86_64-unknown-linux-gnu/release/pandu") }
        var installed: URL { root.appendingPathComponent("usr/share/pandu/knowledge") }
        var work: URL { root.appendingPathComponent("work") }

        init() throws {
            root = try TestFolders.temporary()
            for dir in [knowledge.appendingPathComponent("flows"), binary.deletingLastPathComponent(), work] {
                try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            }
            try Data().write(to: binary)
        }

        func locator(explicit: String? = nil, env: [String: String] = [:], executable: String? = nil)
            -> KnowledgeLocator
        {
            KnowledgeLocator(
                explicitPath: explicit, environment: env, executablePath: executable, currentDirectory: work.path,
                installedPath: installed.path)
        }
    }

    @Test("an explicit path wins, relative to the current directory")
    func explicit() throws {
        let layout = try Layout()
        let other = layout.work.appendingPathComponent("mine")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        let found = try layout.locator(explicit: "mine", env: ["PANDU_KNOWLEDGE": layout.knowledge.path]).locate()
        #expect(found.path == other.path)
    }

    @Test("an explicit or environment path that does not exist is an error naming it")
    func explicitMissing() throws {
        let layout = try Layout()
        do {
            _ = try layout.locator(explicit: "/no/such/folder", executable: layout.binary.path).locate()
            Issue.record("expected an error")
        } catch let KnowledgeError.missing(path, hint) {
            #expect(path == "/no/such/folder")
            #expect(hint.contains("--knowledge"))
        }
        #expect(throws: KnowledgeError.self) {
            try layout.locator(env: ["PANDU_KNOWLEDGE": "/no/such/folder"], executable: layout.binary.path).locate()
        }
    }

    @Test("the environment comes before the executable's folder")
    func environment() throws {
        let layout = try Layout()
        let found = try layout.locator(env: ["PANDU_KNOWLEDGE": layout.work.path], executable: layout.binary.path)
            .locate()
        #expect(found.path == layout.work.path)
    }

    @Test("walks up from the executable's real path, through a symlink")
    func walksUp() throws {
        let layout = try Layout()
        let link = layout.root.appendingPathComponent("bin/pandu")
        try FileManager.default.createDirectory(at: link.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: layout.binary)
        let found = try layout.locator(env: ["PANDU_KNOWLEDGE": ""], executable: link.path).locate()
        #expect(found.resolvingSymlinksInPath().path == layout.knowledge.resolvingSymlinksInPath().path)
    }

    @Test("then the installed copy, then ./knowledge")
    func fallbacks() throws {
        let layout = try Layout()
        let elsewhere = layout.root.appendingPathComponent("elsewhere/pandu").path
        try FileManager.default.createDirectory(
            at: layout.installed.appendingPathComponent("flows"), withIntermediateDirectories: true)
        #expect(try layout.locator(executable: elsewhere).locate().path == layout.installed.path)
        try FileManager.default.removeItem(at: layout.installed)
        let local = layout.work.appendingPathComponent("knowledge/flows")
        try FileManager.default.createDirectory(at: local, withIntermediateDirectories: true)
        #expect(try layout.locator(executable: elsewhere).locate().path == local.deletingLastPathComponent().path)
    }

    @Test("when nothing is found the error names every place tried")
    func nothingFound() throws {
        let layout = try Layout()
        let elsewhere = layout.root.appendingPathComponent("elsewhere/pandu").path
        do {
            _ = try layout.locator(executable: elsewhere).locate()
            Issue.record("expected an error")
        } catch let KnowledgeError.missing(_, hint) {
            #expect(hint.contains("--knowledge (not given)"))
            #expect(hint.contains("PANDU_KNOWLEDGE (not set)"))
            #expect(hint.contains(elsewhere))
            #expect(hint.contains(layout.installed.path))
            #expect(hint.contains(layout.work.appendingPathComponent("knowledge").path))
        }
    }

    @Test("the static entry point finds the repository's knowledge from the test's working directory")
    func staticEntry() throws {
        let found = try KnowledgeLocator.locate(explicit: TestFolders.bundledKnowledge.path, environment: [:])
        #expect(FileManager.default.fileExists(atPath: found.appendingPathComponent("flows/108.yaml").path))
    }
}
