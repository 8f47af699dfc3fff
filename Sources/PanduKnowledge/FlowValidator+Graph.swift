import PanduCore

extension FlowValidator {
    /// The steps reachable from `start`, in breadth-first order; empty when `start` names no step.
    static func reachable(_ flow: FlowSource) -> [String] {
        guard let start = flow.start, flow.step(start) != nil else { return [] }
        var order = [start]
        var seen: Set<String> = [start]
        var index = 0
        while index < order.count {
            for (next, _) in flow.step(order[index])?.successorLines ?? [] where flow.step(next) != nil {
                if seen.insert(next).inserted { order.append(next) }
            }
            index += 1
        }
        return order
    }

    /// Every step can be reached, a closing step exists, and from every step a closing step can be reached.
    func checkGraph(_ flow: FlowSource, log: inout ProblemLog) {
        guard !flow.steps.isEmpty else { return }
        if !flow.steps.contains(where: \.step.closing) {
            log.add(
                file: flow.file, line: flow.idLine,
                "flow \"\(flow.id ?? flow.fileStem)\" has no closing step; mark the step that ends the contact with `closing: true`"
            )
        }
        let reachable = Self.reachable(flow)
        if !reachable.isEmpty {
            let seen = Set(reachable)
            for step in flow.steps where !seen.contains(step.step.id.rawValue) {
                log.add(
                    file: flow.file, line: step.line,
                    "step \"\(step.step.id)\" is unreachable from start \"\(flow.start ?? "")\"; add a next or choice leading to it, or remove it"
                )
            }
        }
        checkWayOut(flow, log: &log)
    }

    /// A step that is not closing needs a successor, and some path from it must end at a closing step.
    func checkWayOut(_ flow: FlowSource, log: inout ProblemLog) {
        let canClose = Self.stepsThatCanClose(flow)
        for source in flow.steps where !source.step.closing {
            let id = source.step.id.rawValue
            if source.step.successors.isEmpty {
                log.add(
                    file: flow.file, line: source.line,
                    "step \"\(id)\" has no next, no choices and is not closing; add `next: <step>`, choices, or `closing: true`"
                )
            } else if !canClose.contains(id), flow.steps.contains(where: \.step.closing) {
                log.add(
                    file: flow.file, line: source.line,
                    "no path from step \"\(id)\" reaches a closing step (it only loops); add a next or choice towards a closing step"
                )
            }
        }
    }

    /// Steps from which some path reaches a closing step (a backward search from the closing steps).
    static func stepsThatCanClose(_ flow: FlowSource) -> Set<String> {
        var predecessors: [String: [String]] = [:]
        for source in flow.steps {
            for next in source.step.successors {
                predecessors[next.rawValue, default: []].append(source.step.id.rawValue)
            }
        }
        var found = Set(flow.steps.filter(\.step.closing).map(\.step.id.rawValue))
        var work = Array(found)
        while let id = work.popLast() {
            for p in predecessors[id] ?? [] where found.insert(p).inserted { work.append(p) }
        }
        return found
    }
}
