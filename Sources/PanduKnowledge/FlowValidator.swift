import PanduCore

/// Checks a read flow as a whole: ids, references, reachability, closings, placeholders and record codes.
struct FlowValidator {
    static let scopes = ["opening", "request", "hold", "resolution", "closing", "snippet", "reply"]
    /// Placeholders the session binds without a capture (service-standards.md B0).
    static let builtInPlaceholders = ["agent_name", "customer_name", "honorific", "greeting_time"]

    /// The dispositions of `dispositions.yaml`, or nil when that file could not be read (then not cross-checked).
    var dispositions: [Disposition]?

    /// Logs every problem of `flow`.
    func validate(_ flow: FlowSource, log: inout ProblemLog) {
        checkHeader(flow, log: &log)
        checkDispositions(flow, log: &log)
        checkStepIDs(flow, log: &log)
        let document = flow.sop.flatMap(SOPCode.document(ofFlowSOP:))
        for step in flow.steps { checkStep(step, of: flow, document: document, log: &log) }
        checkReferences(flow, log: &log)
        checkGraph(flow, log: &log)
        checkPlaceholders(flow, log: &log)
    }

    func checkHeader(_ flow: FlowSource, log: inout ProblemLog) {
        if let id = flow.id, id != flow.fileStem {
            log.add(
                file: flow.file, line: flow.idLine,
                "flow id \"\(id)\" does not match the file name \"\(flow.fileStem).yaml\"; set `id: \(flow.fileStem)` or rename the file to \(id).yaml"
            )
        }
        if let sop = flow.sop, SOPCode.document(ofFlowSOP: sop) == nil {
            log.add(
                file: flow.file, line: flow.sopLine,
                "sop \"\(sop)\" does not start with a document code; write e.g. \"IN.OCC.TELK.P-01 §8.2\"")
        }
    }

    func checkDispositions(_ flow: FlowSource, log: inout ProblemLog) {
        guard let dispositions else { return }
        var seen: Set<String> = []
        for (id, line) in flow.dispositions {
            if !seen.insert(id).inserted {
                log.add(file: flow.file, line: line, "disposition \"\(id)\" is listed twice; keep one")
            }
            guard let known = dispositions.first(where: { $0.id == id }) else {
                let hint = Suggestion.hint(for: id, in: dispositions.map(\.id))
                log.add(
                    file: flow.file, line: line,
                    "disposition \"\(id)\" is not in dispositions.yaml\(hint); add it there or fix the id")
                continue
            }
            if let flowID = flow.id, !known.flows.isEmpty, !known.flows.contains(FlowID(flowID)) {
                let limited = known.flows.map(\.rawValue).joined(separator: ", ")
                log.add(
                    file: flow.file, line: line,
                    "disposition \"\(id)\" is limited to flows [\(limited)] in dispositions.yaml; add \"\(flowID)\" to its flows there or drop it here"
                )
            }
        }
    }

    func checkStepIDs(_ flow: FlowSource, log: inout ProblemLog) {
        var firstLine: [String: Int] = [:]
        for step in flow.steps {
            let id = step.step.id.rawValue
            if let first = firstLine[id] {
                log.add(
                    file: flow.file, line: step.line,
                    "duplicate step id \"\(id)\" (first at line \(first)); give each step its own id")
            } else {
                firstLine[id] = step.line
            }
        }
    }

    /// One step's own parts; `document` is the flow's SOP document code its record code must belong to.
    func checkStep(_ source: StepSource, of flow: FlowSource, document: String?, log: inout ProblemLog) {
        let step = source.step
        let name = "step \"\(step.id)\""
        if !step.sopCode.isEmpty, let problem = SOPCode.problem(step.sopCode, expected: document) {
            log.add(file: flow.file, line: source.sopCodeLine, "sop_code \"\(step.sopCode)\" of \(name) \(problem)")
        }
        if let scope = step.scope, !Self.scopes.contains(scope) {
            let hint = Suggestion.hint(for: scope, in: Self.scopes)
            log.add(
                file: flow.file, line: source.scopeLine,
                "unknown scope \"\(scope)\" of \(name)\(hint); use one of: \(Self.scopes.joined(separator: ", "))")
        }
        checkChecks(source, of: flow, log: &log)
        checkDuplicates(
            step.captures.map(\.field), lines: source.captureLines, what: "capture field", in: name, flow, &log)
        checkDuplicates(step.choices.map(\.id), lines: source.choiceLines, what: "choice id", in: name, flow, &log)
    }

    func checkChecks(_ source: StepSource, of flow: FlowSource, log: inout ProblemLog) {
        var seen: Set<ParameterID> = []
        for (parameter, line) in zip(source.step.checks, source.checkLines) {
            if !ParameterReference.isWellFormed(parameter.rawValue) {
                log.add(
                    file: flow.file, line: line,
                    "check \"\(parameter)\" of step \"\(source.step.id)\" is not a parameter id; ids look like 147-O1, 108-C2, 147T2-O3 or SM-05"
                )
            } else if !seen.insert(parameter).inserted {
                log.add(
                    file: flow.file, line: line,
                    "check \"\(parameter)\" is listed twice in step \"\(source.step.id)\"; keep one")
            }
        }
    }

    func checkDuplicates(
        _ values: [String], lines: [Int], what: String, in name: String, _ flow: FlowSource, _ log: inout ProblemLog
    ) {
        var firstLine: [String: Int] = [:]
        for (value, line) in zip(values, lines) {
            if let first = firstLine[value] {
                log.add(
                    file: flow.file, line: line,
                    "duplicate \(what) \"\(value)\" in \(name) (first at line \(first)); keep one")
            } else {
                firstLine[value] = line
            }
        }
    }

    /// `start`, `next` and `choices[].next` must name steps of this flow.
    func checkReferences(_ flow: FlowSource, log: inout ProblemLog) {
        let ids = flow.steps.map(\.step.id.rawValue)
        let known = Set(ids)
        if let start = flow.start, !known.contains(start) {
            log.add(
                file: flow.file, line: flow.startLine,
                "start \"\(start)\" is not a step of this flow\(Suggestion.hint(for: start, in: ids)); steps: \(ids.joined(separator: ", "))"
            )
        }
        for step in flow.steps {
            for (next, line) in step.successorLines where !known.contains(next) {
                log.add(
                    file: flow.file, line: line,
                    "step \"\(step.step.id)\" leads to \"\(next)\", which is not a step of this flow\(Suggestion.hint(for: next, in: ids)); steps: \(ids.joined(separator: ", "))"
                )
            }
        }
    }
}
