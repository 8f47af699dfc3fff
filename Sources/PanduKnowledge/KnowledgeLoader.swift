import Foundation
import PanduCore

/// Loads a knowledge folder: the start-up part at once, articles and the directory only when asked.
public enum KnowledgeLoader {
    /// Flows, AUX reasons and dispositions, validated; throws the first problem (and says how many more).
    public static func load(from folder: URL) throws -> Knowledge {
        let reader = KnowledgeReader(folder: folder)
        var log = ProblemLog()
        let dispositions = reader.dispositions(log: &log)
        let auxReasons = reader.auxReasons(log: &log)
        let flows = reader.flows(dispositions: dispositions?.map(\.disposition), log: &log)
        reader.checkDispositionFlows(dispositions, flows: flows, log: &log)
        if let problem = log.firstWithCount { throw problem }
        return Knowledge(
            folder: folder, flows: flows.compactMap(\.flow).sorted { $0.id < $1.id }, auxReasons: auxReasons,
            dispositions: dispositions?.map(\.disposition) ?? [])
    }

    /// The knowledge-base articles of `kb/**/*.yaml` under `folder`; throws the first problem.
    public static func loadArticles(from folder: URL) throws -> [Article] {
        var log = ProblemLog()
        let articles = KnowledgeReader(folder: folder).articles(log: &log)
        if let problem = log.firstWithCount { throw problem }
        return articles
    }

    /// The 108 directory entries of `directory/*.csv` under `folder`; throws the first problem.
    public static func loadDirectory(from folder: URL) throws -> [DirectoryEntry] {
        var log = ProblemLog()
        let entries = KnowledgeReader(folder: folder).directory(log: &log)
        if let problem = log.firstWithCount { throw problem }
        return entries
    }
}
