import Foundation
import PanduCore

extension KnowledgeCache {
    /// One file the copy was made from.
    struct Input: Codable, Equatable {
        var path: String
        var size: Int
        var hash: String
    }

    /// What a copy file holds: who wrote it, from what, and the knowledge.
    struct Copy: Codable {
        var layout = KnowledgeCache.layout
        var build: String
        var inputs: [Input]
        var knowledge: Knowledge
    }

    /// The copy in `file` if it was made by this build and layout from exactly `inputs`.
    func read(_ file: URL, inputs: [Input], source: URL) -> Knowledge? {
        guard let data = try? Data(contentsOf: file), let copy = try? JSONDecoder().decode(Copy.self, from: data),
            copy.layout == Self.layout, copy.build == build, copy.inputs == inputs
        else { return nil }
        var knowledge = copy.knowledge
        knowledge.folder = source
        return knowledge
    }

    /// Writes `copy` to `file` through a temporary file and a rename, so a reader never sees half a copy;
    /// failures are ignored (a read-only home only loses the shortcut).
    func write(_ copy: Copy, to file: URL) {
        guard let data = try? JSONEncoder().encode(copy) else { return }
        let temporary = folder.appendingPathComponent(".\(file.lastPathComponent).\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try data.write(to: temporary)
            if rename(temporary.path, file.path) != 0 { try? FileManager.default.removeItem(at: temporary) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
        }
    }
}
