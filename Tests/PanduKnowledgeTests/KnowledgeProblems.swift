import Foundation
import Testing

@testable import PanduKnowledge

/// Runs the checker on a minimal knowledge folder with one file replaced, and finds problems in the result.
struct KnowledgeProblems {
    let problems: [KnowledgeError]

    /// The checker's problems after writing `text` to `name` in a fresh minimal folder.
    init(writing text: String, to name: String = "flows/mini.yaml") throws {
        let folder = try TestFolders.minimalKnowledge()
        defer { try? FileManager.default.removeItem(at: folder) }
        try TestFolders.write(text, to: name, in: folder)
        problems = KnowledgeChecker.check(folder: folder)
    }

    /// Whether some problem is at `file:line` and its message contains every fragment.
    func contains(_ file: String, _ line: Int, _ fragments: String...) -> Bool {
        problems.contains { problem in
            guard case .invalid(let f, let l, let message) = problem else { return false }
            return f == file && l == line && fragments.allSatisfy { message.contains($0) }
        }
    }

    /// The problems, one per line, for failure messages.
    var listing: String { problems.map { $0.localizedDescription }.joined(separator: "\n") }
}

/// A flow text built from a header and steps, so each test changes only what it breaks.
enum FlowText {
    static let header = """
        id: mini
        name: "Mini"
        service: "147"
        channel: voice
        sop: "IN.OCC.TELK.P-01 §8.2"
        start: greeting
        dispositions: [resolved]
        steps:

        """

    static let greeting = """
          - id: greeting
            title: "Salam"
            sop_code: IN.OCC.TELK.P-01_R1
            next: closing

        """

    static let closing = """
          - id: closing
            title: "Penutup"
            sop_code: IN.OCC.TELK.P-01_R2
            closing: true

        """

    /// A valid flow: header, greeting, closing.
    static let valid = header + greeting + closing
}
