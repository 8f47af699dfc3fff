import Foundation
import PanduCore

/// Validates a whole knowledge folder and reports every problem found, each with its file and line.
public enum KnowledgeChecker {
    /// Every problem of the flows, AUX reasons, dispositions, articles and directory of `folder`.
    public static func check(folder: URL) -> [KnowledgeError] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            return [.missing(path: folder.path, hint: "Pass the knowledge folder with --knowledge or PANDU_KNOWLEDGE.")]
        }
        let reader = KnowledgeReader(folder: folder)
        var log = ProblemLog()
        let dispositions = reader.dispositions(log: &log)
        _ = reader.auxReasons(log: &log)
        let flows = reader.flows(dispositions: dispositions?.map(\.disposition), log: &log)
        reader.checkDispositionFlows(dispositions, flows: flows, log: &log)
        _ = reader.articles(log: &log)
        _ = reader.directory(log: &log)
        // Optional files: checked when present (a folder without them still serves the shell).
        let has = { (file: String) in FileManager.default.fileExists(atPath: folder.appendingPathComponent(file).path) }
        if has(WorkflowSettingsLoader.reviewFile) {
            _ = log.attempt(file: WorkflowSettingsLoader.reviewFile) { try WorkflowSettingsLoader.review(from: folder) }
        }
        if has(WorkflowSettingsLoader.retentionFile) {
            _ = log.attempt(file: WorkflowSettingsLoader.retentionFile) {
                try WorkflowSettingsLoader.retention(from: folder)
            }
        }
        if has(WorkflowSettingsLoader.qcFile) {
            _ = log.attempt(file: WorkflowSettingsLoader.qcFile) { try WorkflowSettingsLoader.qc(from: folder) }
        }
        return log.problems
    }

    /// Every parameter id named in a step's `checks`, with its file and line, from the flows that can be read.
    public static func parameterReferences(folder: URL) -> [ParameterReference] {
        var log = ProblemLog()
        let flows = KnowledgeReader(folder: folder).flows(dispositions: nil, log: &log)
        return flows.flatMap { flow in
            flow.steps.flatMap { source in
                zip(source.step.checks, source.checkLines).map { parameter, line in
                    ParameterReference(
                        file: flow.file, line: line, flow: FlowID(flow.id ?? flow.fileStem), step: source.step.id,
                        parameter: parameter, standard: flow.standard.map { StandardID($0) })
                }
            }
        }
    }
}
