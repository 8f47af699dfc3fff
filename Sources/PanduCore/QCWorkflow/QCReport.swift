import Foundation

/// QC results per agent and team over a period (DESIGN.md reports): evaluations, average score, pass
/// rate, fatal count, the most failed parameters, and the average per ISO week.
public struct QCReport: Hashable, Sendable {
    /// One agent's or team's figures.
    public struct Group: Hashable, Sendable {
        /// `agent` or `team`.
        public var level: String
        public var key: String
        public var team: String
        public var evaluations: Int
        /// Mean of the scored evaluations (nil: none scored).
        public var averageScore: Double?
        /// Evaluations with overall pass ÷ evaluations.
        public var passRate: Double
        public var fatalCount: Int
        /// The most failed parameters, most often first (ties by id), at most three.
        public var topFailed: [(parameter: ParameterID, count: Int)]

        public static func == (a: Group, b: Group) -> Bool {
            a.level == b.level && a.key == b.key && a.evaluations == b.evaluations && a.averageScore == b.averageScore
                && a.passRate == b.passRate && a.fatalCount == b.fatalCount
                && a.topFailed.map(\.parameter) == b.topFailed.map(\.parameter)
                && a.topFailed.map(\.count) == b.topFailed.map(\.count)
        }
        public func hash(into h: inout Hasher) {
            h.combine(level)
            h.combine(key)
        }
    }

    /// One week's average of one agent or team.
    public struct WeekPoint: Hashable, Sendable {
        public var level: String
        public var key: String
        /// ISO week, e.g. `2026-W47`.
        public var week: String
        public var evaluations: Int
        public var averageScore: Double?
    }

    public var agents: [Group]
    public var teams: [Group]
    public var trend: [WeekPoint]

    /// The report of `evaluations`; `teams` maps agents to their team, weeks are counted in `zone`.
    public init(evaluations: [QCEvaluation], teams teamOf: [PersonCode: String], zone: TimeZone) {
        let byAgent = Dictionary(grouping: evaluations, by: \.agent)
        let byTeam = Dictionary(grouping: evaluations) { teamOf[$0.agent] ?? "-" }
        agents = byAgent.keys.sorted().map { Self.group("agent", $0.rawValue, teamOf[$0] ?? "-", byAgent[$0] ?? []) }
        teams = byTeam.keys.sorted().map { Self.group("team", $0, $0, byTeam[$0] ?? []) }
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = zone
        func week(_ e: QCEvaluation) -> String {
            let c = calendar.dateComponents([.yearForWeekOfYear, .weekOfYear], from: e.contactAt)
            return String(format: "%04d-W%02d", c.yearForWeekOfYear ?? 0, c.weekOfYear ?? 0)
        }
        var points: [WeekPoint] = []
        for (level, groups) in [("agent", byAgent.mapKeys(\.rawValue)), ("team", byTeam)] {
            for key in groups.keys.sorted() {
                let weeks = Dictionary(grouping: groups[key] ?? [], by: week)
                for w in weeks.keys.sorted() {
                    let list = weeks[w] ?? []
                    points.append(
                        WeekPoint(
                            level: level, key: key, week: w, evaluations: list.count, averageScore: Self.mean(list)))
                }
            }
        }
        trend = points
    }

    static func group(_ level: String, _ key: String, _ team: String, _ list: [QCEvaluation]) -> Group {
        var failed: [ParameterID: Int] = [:]
        for e in list { for p in e.failedParameters { failed[p, default: 0] += 1 } }
        let top = failed.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(3)
        return Group(
            level: level, key: key, team: team, evaluations: list.count, averageScore: mean(list),
            passRate: list.isEmpty ? 0 : Double(list.filter { $0.overall == .pass }.count) / Double(list.count),
            fatalCount: list.filter(\.fatal).count, topFailed: top.map { ($0.key, $0.value) })
    }

    static func mean(_ list: [QCEvaluation]) -> Double? {
        let scores = list.compactMap(\.score)
        guard !scores.isEmpty else { return nil }
        return (scores.reduce(0, +) / Double(scores.count) * 100).rounded() / 100
    }
}

extension Dictionary {
    /// The same values under transformed keys (keys must stay distinct).
    func mapKeys<K: Hashable>(_ transform: (Key) -> K) -> [K: Value] {
        [K: Value](uniqueKeysWithValues: map { (transform($0.key), $0.value) })
    }
}
