import Foundation
import PanduCore

/// Reads each kind of file of one knowledge folder, logging problems; shared by the loader and the checker.
struct KnowledgeReader {
    static let flowsFolder = "flows"
    static let auxReasonsFile = "aux-reasons.yaml"
    static let dispositionsFile = "dispositions.yaml"
    static let articlesFolder = "kb"
    static let directoryFolder = "directory"

    let folder: URL

    /// The flows of `flows/*.yaml`, validated against `dispositions` (nil: not cross-checked).
    func flows(dispositions: [Disposition]?, log: inout ProblemLog) -> [FlowSource] {
        let validator = FlowValidator(dispositions: dispositions)
        var ids = IDRegistry(what: "flow id")
        var flows: [FlowSource] = []
        for (url, name) in files(in: Self.flowsFolder, ext: "yaml", recursive: false, log: &log) {
            guard let document = log.attempt(file: name, { try YAMLDocument(url: url, file: name, resolver: .basic) }),
                let flow = FlowDecoder().decode(
                    document, fileStem: url.deletingPathExtension().lastPathComponent, log: &log)
            else { continue }
            validator.validate(flow, log: &log)
            if let id = flow.id { ids.register(id, file: name, line: flow.idLine, log: &log) }
            flows.append(flow)
        }
        return flows
    }

    /// The ids a disposition may name: those of the flows read, and the stems of flow files that failed to read
    /// (so one broken flow file does not also make its dispositions look dangling).
    func knownFlowIDs(_ flows: [FlowSource]) -> [String] {
        var scratch = ProblemLog()
        let stems = files(in: Self.flowsFolder, ext: "yaml", recursive: false, log: &scratch)
            .map { $0.0.deletingPathExtension().lastPathComponent }
        return Array(Set(flows.compactMap(\.id) + stems)).sorted()
    }

    /// Logs each disposition's `flows` item that names no flow.
    func checkDispositionFlows(
        _ dispositions: [(disposition: Disposition, flowLines: [Int])]?, flows: [FlowSource], log: inout ProblemLog
    ) {
        guard let dispositions else { return }
        DispositionDecoder().checkFlows(
            dispositions, known: knownFlowIDs(flows), file: Self.dispositionsFile, log: &log)
    }

    /// Every file `KnowledgeLoader.load` reads (the shell's start-up part), with its name in the folder: what
    /// the knowledge cache must see unchanged.
    func startUpFiles() -> [(URL, String)] {
        var log = ProblemLog()
        let singles = [Self.auxReasonsFile, Self.dispositionsFile].map { (folder.appendingPathComponent($0), $0) }
        return singles + files(in: Self.flowsFolder, ext: "yaml", recursive: false, log: &log)
    }

    /// The reasons of `aux-reasons.yaml`.
    func auxReasons(log: inout ProblemLog) -> [AuxReason] {
        guard let document = yaml(Self.auxReasonsFile, log: &log) else { return [] }
        return AuxReasonDecoder().decode(document, log: &log)
    }

    /// The dispositions of `dispositions.yaml` with their `flows` lines; nil when the file cannot be read.
    func dispositions(log: inout ProblemLog) -> [(disposition: Disposition, flowLines: [Int])]? {
        guard let document = yaml(Self.dispositionsFile, log: &log) else { return nil }
        return DispositionDecoder().decode(document, log: &log)
    }

    /// The articles of `kb/**/*.yaml`; each file's name is its category.
    func articles(log: inout ProblemLog) -> [Article] {
        var ids = IDRegistry(what: "article id")
        var articles: [Article] = []
        for (url, name) in files(in: Self.articlesFolder, ext: "yaml", recursive: true, log: &log) {
            guard let document = log.attempt(file: name, { try YAMLDocument(url: url, file: name, resolver: .basic) })
            else { continue }
            let category = url.deletingPathExtension().lastPathComponent
            articles += ArticleDecoder().decode(document, category: category, ids: &ids, log: &log)
        }
        return articles
    }

    /// The entries of `directory/*.csv`.
    func directory(log: inout ProblemLog) -> [DirectoryEntry] {
        var ids = IDRegistry(what: "directory id")
        var entries: [DirectoryEntry] = []
        for (url, name) in files(in: Self.directoryFolder, ext: "csv", recursive: false, log: &log) {
            guard let data = try? Data(contentsOf: url) else {
                log.add(.missing(path: name, hint: "The file cannot be read; check its permissions."))
                continue
            }
            guard let records = log.attempt(file: name, { try CSVReader(file: name).records(Array(data)) }) else {
                continue
            }
            entries += DirectoryDecoder(file: name).decode(records, ids: &ids, log: &log)
        }
        return entries
    }

    /// Parses one YAML file of the folder; a missing file is logged.
    func yaml(_ name: String, log: inout ProblemLog) -> YAMLDocument? {
        log.attempt(file: name) {
            try YAMLDocument(url: folder.appendingPathComponent(name), file: name, resolver: .basic)
        }
    }

    /// The files of `subfolder` ending in `.ext`, sorted, with their names relative to the folder.
    func files(in subfolder: String, ext: String, recursive: Bool, log: inout ProblemLog) -> [(URL, String)] {
        let root = folder.appendingPathComponent(subfolder, isDirectory: true)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            log.add(
                .missing(
                    path: subfolder + "/", hint: "The knowledge folder \(folder.path) has no \(subfolder)/ folder."))
            return []
        }
        let paths: [String]
        if recursive {
            paths = (FileManager.default.enumerator(atPath: root.path)?.allObjects as? [String]) ?? []
        } else {
            paths = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        }
        return paths.filter { $0.hasSuffix("." + ext) && !$0.split(separator: "/").contains { $0.hasPrefix(".") } }
            .sorted()
            .map { (root.appendingPathComponent($0), subfolder + "/" + $0) }
    }
}
