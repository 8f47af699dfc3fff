import Foundation
import PanduCore

/// Loads and validates `knowledge/standards/`: `conventions.yaml`, `word-lists.yaml` and one file per
/// standard. Every problem names its file and line.
public enum StandardLoader {
    static let conventionsFile = "conventions.yaml"
    static let wordListsFile = "word-lists.yaml"

    /// The standard set of `folder` (the standards folder, or a knowledge folder containing `standards/`);
    /// throws the first problem, noting how many more there are.
    public static func load(folder: URL) throws -> StandardSet {
        try loaded(folder: folder).set
    }

    /// Every problem of the standards in `folder`, including what only compiling the rules reveals;
    /// empty when they load cleanly.
    public static func check(folder: URL) -> [KnowledgeError] {
        let reading = read(folder: folder, thorough: true)
        guard reading.problems.isEmpty, let set = reading.set else { return reading.problems }
        do {
            _ = try PhraseChecker(standards: set)
            return []
        } catch {
            return [placed(error, reading.places)]
        }
    }

    /// The checker built from the standards of `folder`, ready for the shell and `qc auto`.
    public static func checker(folder: URL) throws -> PhraseChecker {
        let (set, places) = try loaded(folder: folder)
        do { return try PhraseChecker(standards: set) } catch { throw placed(error, places) }
    }

    private static func loaded(folder: URL) throws -> (set: StandardSet, places: [String: (file: String, line: Int)]) {
        let reading = read(folder: folder)
        if let first = reading.problems.first {
            guard reading.problems.count > 1, case .invalid(let file, let line, let message) = first else {
                throw first
            }
            let more = reading.problems.count - 1
            throw KnowledgeError.invalid(
                file: file, line: line,
                message: message + " (and \(more) more; run `pandu knowledge check` to list them)")
        }
        guard let set = reading.set else {
            throw KnowledgeError.missing(path: "standards", hint: "No standards were read.")
        }
        return (set, reading.places)
    }

    /// `folder` itself when it holds `conventions.yaml`, else its `standards/` subfolder.
    public static func standardsFolder(_ folder: URL) -> URL {
        let direct = folder.appendingPathComponent(conventionsFile)
        if FileManager.default.fileExists(atPath: direct.path) { return folder }
        return folder.appendingPathComponent("standards")
    }

    /// Reads every file; `thorough` also parses each pattern for its own file:line message (loading for the
    /// shell leaves that to the compiler, which names the parameter's line).
    static func read(folder: URL, thorough: Bool = false)
        -> (set: StandardSet?, problems: [KnowledgeError], places: [String: (file: String, line: Int)])
    {
        let dir = standardsFolder(folder)
        var problems: [KnowledgeError] = []
        let prefix = dir.lastPathComponent == "standards" ? "standards/" : ""
        func document(_ name: String) -> YAMLDocument? {
            do { return try YAMLDocument(url: dir.appendingPathComponent(name), file: prefix + name, resolver: .basic) } catch let e
                as KnowledgeError
            {
                problems.append(e)
            } catch {
                problems.append(.invalid(file: prefix + name, line: 1, message: "\(error)"))
            }
            return nil
        }
        guard let conventionsDoc = document(conventionsFile) else { return (nil, problems, [:]) }
        var reader = StandardReader()
        let conventions = reader.conventions(conventionsDoc)
        let wordLists = document(wordListsFile).map { reader.wordLists($0) } ?? [:]
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? [])
            .filter { ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) && $0 != conventionsFile && $0 != wordListsFile }
            .sorted()
        if names.isEmpty {
            problems.append(
                .missing(path: prefix.isEmpty ? dir.path : "standards", hint: "Add one YAML file per standard."))
        }
        var standards: [Standard] = []
        for name in names {
            guard let doc = document(name) else { continue }
            if let standard = reader.standard(doc) { standards.append(standard) }
        }
        let set = StandardSet(
            version: conventions.version, conventions: conventions, wordLists: wordLists, standards: standards)
        reader.validate(set, patterns: thorough)
        problems += reader.problems
        return (set, problems, reader.places)
    }

    /// A compile error placed at the parameter it comes from.
    private static func placed(_ error: Error, _ places: [String: (file: String, line: Int)]) -> KnowledgeError {
        guard let error = error as? CheckingError else {
            return .invalid(file: "standards", line: 1, message: "\(error)")
        }
        var place: (file: String, line: Int) = ("standards", 1)
        switch error {
        case .invalidPattern(let at, _), .unknownWordList(_, let at): place = places[at] ?? place
        default: break
        }
        return .invalid(file: place.file, line: place.line, message: error.description)
    }
}
