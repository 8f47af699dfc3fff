import PanduCore

/// A flow file as read, with the line of each part, so checks after reading can still name file:line.
struct FlowSource {
    /// The file, relative to the knowledge folder, e.g. `flows/108.yaml`.
    var file: String
    /// The file name without `.yaml`, which the flow id must equal.
    var fileStem: String
    var id: String?
    var idLine = 1
    var name: String?
    var service: Service?
    var tier: String?
    var channel: Channel?
    var standard: String?
    var sop: String?
    var sopLine = 1
    var start: String?
    var startLine = 1
    var dispositions: [(id: String, line: Int)] = []
    var steps: [StepSource] = []

    /// The flow, when every required part was read.
    var flow: Flow? {
        guard let id, let name, let service, let channel, let sop, let start else { return nil }
        return Flow(
            id: FlowID(id), name: name, service: service, tier: tier, channel: channel,
            standard: standard.map { StandardID($0) }, sop: sop, start: StepID(start), steps: steps.map(\.step),
            dispositions: dispositions.map(\.id))
    }

    /// The step with `id`.
    func step(_ id: String) -> StepSource? { steps.first { $0.step.id.rawValue == id } }
}

/// One step as read, with the lines of its parts.
struct StepSource {
    var step: FlowStep
    var line: Int
    var sopCodeLine: Int
    var scriptLine: Int
    var scopeLine: Int
    var nextLine: Int
    /// Lines of `checks` items, parallel to `step.checks`.
    var checkLines: [Int] = []
    /// Lines of `captures` items, parallel to `step.captures`.
    var captureLines: [Int] = []
    /// Lines of `choices` items, parallel to `step.choices`.
    var choiceLines: [Int] = []

    /// Every successor with the line that names it.
    var successorLines: [(next: String, line: Int)] {
        (step.next.map { [($0.rawValue, nextLine)] } ?? [])
            + zip(step.choices, choiceLines).map { ($0.next.rawValue, $1) }
    }
}
