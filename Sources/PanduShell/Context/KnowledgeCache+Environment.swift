import Foundation
import PanduKnowledge

extension KnowledgeCache {
    /// The cache of this run: `$XDG_CACHE_HOME/pandu` (or `~/.cache/pandu`) for the running executable;
    /// nil when `PANDU_KNOWLEDGE_CACHE=off` or the executable cannot be told apart from another build.
    static func standard(environment: [String: String]) -> KnowledgeCache? {
        guard environment["PANDU_KNOWLEDGE_CACHE"] != "off", let build = runningBuild() else { return nil }
        let base: URL
        if let cache = environment["XDG_CACHE_HOME"], !cache.isEmpty {
            base = URL(fileURLWithPath: cache)
        } else {
            base = URL(fileURLWithPath: environment["HOME"] ?? NSHomeDirectory()).appendingPathComponent(".cache")
        }
        return KnowledgeCache(folder: base.appendingPathComponent("pandu"), build: build)
    }

    /// The executable's path, size and modification time: a rebuilt or replaced binary reads as another build.
    static func runningBuild() -> String? {
        let files = FileManager.default
        guard let path = try? files.destinationOfSymbolicLink(atPath: "/proc/self/exe"),
            let attributes = try? files.attributesOfItem(atPath: path),
            let size = attributes[.size] as? NSNumber, let modified = attributes[.modificationDate] as? Date
        else { return nil }
        return "\(path)|\(size)|\(modified.timeIntervalSince1970)"
    }
}
