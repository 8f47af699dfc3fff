import Foundation
import PanduCore
import PanduMetrics
import PanduStore

/// What every report reads and how it formats figures: the floor reader, the people, the period, and cells
/// coloured against the targets of `knowledge/targets.yaml`.
struct ReportKit {
    let context: AppContext
    let floor: FloorReader
    let period: ReportPeriod
    let people: [String: Person]

    /// The kit for a context and period.
    init(_ context: AppContext, period: ReportPeriod, reader: Person? = nil) throws {
        self.context = context
        floor = try MonitorCommand.floorReader(context)
        self.period = period
        let everyone = try context.store().people()
        people = Dictionary(everyone.map { ($0.code.rawValue, $0) }, uniquingKeysWith: { a, _ in a })
        if let reader, reader.role == .tl {
            visible = Set(
                everyone.filter { $0.team != nil && $0.team == reader.team }.map(\.code.rawValue))
        } else {
            visible = nil
        }
    }

    /// The agents a team leader's reports cover (their team, as `sessions` does); nil = everyone.
    let visible: Set<String>?

    /// The state intervals of the agents the reader may see.
    func visible(_ states: LiveAgentStates) -> [String: [AgentStateInterval]] {
        visible == nil ? states.intervals : states.intervals.filter { sees($0.key) }
    }

    /// Whether the reader may see this agent's figures.
    func sees(_ agent: String) -> Bool { visible?.contains(agent) ?? true }

    /// A document with the common header filled in.
    func document(form: String, title: String, subtitle: String, by person: Person?) -> ReportDocument {
        ReportDocument.headed(
            form: form, title: title, subtitle: subtitle, period: period.label, context: context, by: person)
    }

    /// A person's name, or the code when unknown.
    func name(_ code: String) -> String { people[code]?.name ?? code }

    /// The report status of a value against a target.
    static func status(_ value: Double?, _ target: MeasureTarget?) -> ReportDocument.Status {
        switch TargetStatus.of(value, target) {
        case .met: .good
        case .near: .warn
        case .missed: .bad
        case .none: .neutral
        }
    }

    /// A measure's value as a cell: `92.5%` or `18s`, `-` without a value, coloured against its target.
    static func cell(_ measure: String, _ value: Double?, _ target: MeasureTarget?)
        -> ReportTable.Cell
    {
        ReportTable.Cell(value.map { format(measure, $0) } ?? "-", status(value, target))
    }

    /// A measure's value as text.
    static func format(_ measure: String, _ value: Double) -> String {
        MeasureFormat.isTime(measure)
            ? "\(Int(value.rounded()))s" : String(format: "%.1f%%", value * 100)
    }

    /// A ratio as a percentage.
    static func percent(_ value: Double?) -> String {
        value.map { String(format: "%.1f%%", $0 * 100) } ?? "-"
    }

    /// Seconds as `h:mm` (or `m:ss` below an hour when `short`).
    static func hours(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return String(format: "%d:%02d", s / 3600, s % 3600 / 60)
    }

    /// Minutes with one decimal.
    static func minutes(_ seconds: Double) -> String { String(format: "%.1f", seconds / 60) }

    /// A target as text, e.g. `≥ 90.0%` or `≤ 20s`.
    static func targetText(_ measure: String, _ target: MeasureTarget?) -> String {
        guard let target else { return "-" }
        return (target.min != nil ? "≥ " : "≤ ") + format(measure, target.bound)
    }

    /// Seconds each agent spent logged in inside `span`, from their state intervals (open ones end at `now`).
    static func loggedIn(_ intervals: [AgentStateInterval], in span: TimeSpan, now: Date) -> Double {
        intervals.reduce(0) { total, i in
            let a = max(i.start.timeIntervalSince1970, Double(span.start))
            let b = min((i.end ?? now).timeIntervalSince1970, Double(span.end))
            return total + max(0, b - a)
        }
    }
}

/// Discipline actions recorded by team leaders (P-10 steps 13 and 16: "punishment" per the IK Pembinaan), joined
/// into F-03 beside the breaches Pandu detects itself.
protocol DisciplineActionSource {
    /// Actions about agents recorded in `[from, to)`.
    func actions(from: Date, to: Date) throws -> [DisciplineAction]
}

/// One recorded discipline action.
struct DisciplineAction: Hashable {
    var agent: String
    var at: Date
    var kind: String
    var note: String
    var recordedBy: String
}
