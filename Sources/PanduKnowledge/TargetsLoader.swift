import Foundation
import PanduCore

/// Loads `knowledge/targets.yaml`: floor-wide defaults (interval, short abandons, login grace, AUX allowance)
/// and per service its queues, formula parameters and KPI targets (percentages in percent, times in seconds).
public enum TargetsLoader {
    /// The file, relative to the knowledge folder.
    public static let file = "targets.yaml"

    static let defaultKeys: Set<String> = [
        "interval_minutes", "sl_threshold_seconds", "short_abandon_seconds", "regulator_answer_seconds",
        "regulator_short_abandon_seconds", "login_grace_minutes", "early_logout_grace_minutes",
        "aux_allowance_minutes", "erlang_shrinkage", "max_occupancy", "shifts",
    ]
    static let serviceKeys: Set<String> = [
        "id", "label", "queues", "kind", "sl_threshold_seconds", "thresholds", "short_abandon_seconds",
        "regulator_answer_seconds", "regulator_short_abandon_seconds", "social_response_seconds",
        "scr_numerator",
        "targets",
    ]
    /// Voice measures whose value is seconds (the rest are ratios written in percent).
    static let secondsMeasures: Set<String> = [
        "asa", "avg_wait_abandoned", "att", "aht", "avg_hold", "avg_acw", "frt_median", "frt_p90",
        "frt_mean",
        "oldest_waiting",
    ]
    static let voiceMeasures: Set<String> = [
        "sl_regulator", "sl_answered", "sl2", "answer_rate", "abandon_rate", "abandon_rate_excl_short",
        "unanswered_rate", "asa", "avg_wait_abandoned", "att", "aht", "avg_hold", "avg_acw", "scr",
        "blocked_rate",
    ]
    static let socialMeasures: Set<String> = [
        "frt_median", "frt_p90", "frt_mean", "response_rate", "social_sl", "waiting", "oldest_waiting",
    ]

    /// The targets in `folder`; the first problem throws with file and line.
    public static func load(from folder: URL) throws -> KPITargets {
        let doc = try YAMLDocument(url: folder.appendingPathComponent(file), file: file)
        let root = try doc.root.mapping("the targets file (defaults: and services:)")
        try root.checkKeys(allowed: ["defaults", "services"])
        var targets = KPITargets()
        if let d = root.optional("defaults") { targets.defaults = try defaults(d) }
        var seen: Set<String> = []
        var queues: [String: String] = [:]
        for item in try root.required("services").array() {
            let service = try self.service(item, defaults: targets.defaults)
            guard seen.insert(service.id).inserted else {
                throw item.error("duplicate service \"\(service.id)\"")
            }
            for q in service.queues {
                if let other = queues[q] {
                    throw item.error("queue \"\(q)\" is already in service \"\(other)\"")
                }
                queues[q] = service.id
            }
            targets.services.append(service)
        }
        return targets
    }

    /// The problems of the file (none or one), for `pandu knowledge check`.
    public static func check(folder: URL) -> [KnowledgeError] {
        do {
            _ = try load(from: folder)
            return []
        } catch let e as KnowledgeError {
            return [e]
        } catch {
            return [.invalid(file: file, line: 1, message: "\(error)")]
        }
    }

    static func defaults(_ value: YAMLValue) throws -> MonitoringDefaults {
        let m = try value.mapping("defaults")
        try m.checkKeys(allowed: defaultKeys)
        var d = MonitoringDefaults()
        if let v = m.optional("interval_minutes") {
            d.intervalMinutes = try v.int()
            guard [15, 30, 60].contains(d.intervalMinutes) else {
                throw v.error("interval_minutes must be 15, 30 or 60, not \(d.intervalMinutes)")
            }
        }
        d.slThresholdSeconds = try seconds(m, "sl_threshold_seconds") ?? d.slThresholdSeconds
        d.shortAbandonSeconds = try seconds(m, "short_abandon_seconds") ?? d.shortAbandonSeconds
        d.regulatorAnswerSeconds =
            try seconds(m, "regulator_answer_seconds") ?? d.regulatorAnswerSeconds
        d.regulatorShortAbandonSeconds =
            try seconds(m, "regulator_short_abandon_seconds") ?? d.regulatorShortAbandonSeconds
        d.loginGraceMinutes = try seconds(m, "login_grace_minutes") ?? d.loginGraceMinutes
        d.earlyLogoutGraceMinutes =
            try seconds(m, "early_logout_grace_minutes") ?? d.earlyLogoutGraceMinutes
        if let v = m.optional("aux_allowance_minutes") { d.auxAllowanceMinutes = try nonNegative(v) }
        if let v = m.optional("erlang_shrinkage") { d.erlangShrinkage = try percent(v, below100: true) }
        if let v = m.optional("max_occupancy") { d.maxOccupancy = try percent(v, below100: false) }
        guard d.maxOccupancy > 0 else { throw value.error("max_occupancy must be above 0") }
        if let v = m.optional("shifts") { d.shifts = try v.array().map(shift) }
        return d
    }

    /// `{name: pagi, start: "07:00", end: "15:00"}`; starts on a quarter hour, an end before the start is
    /// the next day.
    static func shift(_ v: YAMLValue) throws -> IntervalGrid.ShiftWindow {
        let m = try v.mapping("a shift {name, start, end}")
        try m.checkKeys(allowed: ["name", "start", "end"])
        func minute(_ key: String) throws -> Int {
            let node = try m.required(key)
            let text = try node.string("a time HH:MM")
            let p = text.split(separator: ":").compactMap { Int($0) }
            guard p.count == 2, (0..<24).contains(p[0]), (0..<60).contains(p[1]) else {
                throw node.error("\(key) must be a time HH:MM, not \"\(text)\"")
            }
            return p[0] * 60 + p[1]
        }
        let start = try minute("start")
        let end = try minute("end")
        guard start % 15 == 0, end % 15 == 0 else { throw v.error("shift times must be on a quarter hour") }
        let length = end > start ? end - start : end + 1440 - start
        return .init(name: try m.required("name").string(), startMinute: start, minutes: length)
    }

    static func service(_ item: YAMLValue, defaults: MonitoringDefaults) throws -> ServiceTargets {
        let m = try item.mapping("a service")
        try m.checkKeys(allowed: serviceKeys)
        let id = try m.required("id").string("a service id")
        let kind = try m.optional("kind")?.string() ?? "voice"
        guard kind == "voice" || kind == "social" else {
            throw try m.required("kind").error("kind must be voice or social, not \"\(kind)\"")
        }
        let social = kind == "social"
        var config = defaults.kpiConfig()
        if let t = try seconds(m, "sl_threshold_seconds") {
            config.thresholds = [t]
            config.asteriskServiceLevelSeconds = t
        }
        if let list = m.optional("thresholds") {
            config.thresholds = try list.array().map { try nonNegativeInt($0) }
        }
        config.shortAbandonSeconds =
            try seconds(m, "short_abandon_seconds") ?? config.shortAbandonSeconds
        config.regulatorAnswerSeconds =
            try seconds(m, "regulator_answer_seconds") ?? config.regulatorAnswerSeconds
        config.regulatorShortAbandonSeconds =
            try seconds(m, "regulator_short_abandon_seconds") ?? config.regulatorShortAbandonSeconds
        if let v = m.optional("scr_numerator") {
            guard let n = KPIConfig.SCRNumerator(rawValue: try v.string()) else {
                throw v.error("scr_numerator must be accepted_at_trunk or entered_queue")
            }
            config.scrNumerator = n
        }
        let queues = try m.optional("queues")?.strings() ?? (social ? [] : [id])
        var service = ServiceTargets(
            id: id, label: try m.optional("label")?.string() ?? id, queues: queues, isSocial: social,
            config: config,
            targets: [])
        if let v = m.optional("social_response_seconds") {
            service.socialResponseSeconds = try nonNegative(v)
        }
        if let t = m.optional("targets") { service.targets = try targets(t, service: service) }
        service.config.slTarget = service.target("sl_regulator")?.min
        service.config.scrTarget = service.target("scr")?.min
        return service
    }

    static func targets(_ value: YAMLValue, service: ServiceTargets) throws -> [MeasureTarget] {
        let m = try value.mapping("targets (measure: {min: X} or {max: X})")
        let known =
            service.isSocial ? socialMeasures : voiceMeasures.union(thresholdMeasures(service.config))
        return try m.entries.map { entry in
            guard known.contains(entry.key) else {
                throw KnowledgeError.invalid(
                    file: file, line: entry.keyLine,
                    message: "unknown measure \"\(entry.key)\" for service \"\(service.id)\" (known: "
                        + known.sorted().joined(separator: ", ") + ")")
            }
            let bound = try entry.value.mapping("a bound {min: X} or {max: X}")
            try bound.checkKeys(allowed: ["min", "max"])
            let isRatio = !secondsMeasures.contains(entry.key) && entry.key != "waiting"
            func read(_ key: String) throws -> Double? {
                guard let v = bound.optional(key) else { return nil }
                return isRatio ? try percent(v, below100: false) : try nonNegative(v)
            }
            let t = MeasureTarget(measure: entry.key, min: try read("min"), max: try read("max"))
            guard (t.min == nil) != (t.max == nil) else {
                throw entry.value.error("give exactly one of min or max for \"\(entry.key)\"")
            }
            return t
        }
    }

    /// `sl_<T>` and `sl_offered_<T>` for the service's thresholds.
    static func thresholdMeasures(_ c: KPIConfig) -> Set<String> {
        Set(c.thresholds.flatMap { ["sl_\($0)", "sl_offered_\($0)"] })
    }

    static func seconds(_ m: YAMLMapping, _ key: String) throws -> Int? {
        try m.optional(key).map { try nonNegativeInt($0) }
    }

    static func nonNegativeInt(_ v: YAMLValue) throws -> Int {
        let n = try v.int()
        guard n >= 0 else { throw v.error("expected 0 or more, found \(n)") }
        return n
    }

    static func nonNegative(_ v: YAMLValue) throws -> Double {
        let n = try v.double()
        guard n >= 0 else { throw v.error("expected 0 or more, found \(n)") }
        return n
    }

    /// A percentage written 0-100, as a fraction.
    static func percent(_ v: YAMLValue, below100: Bool) throws -> Double {
        let n = try v.double("a percentage (0-100)")
        guard n >= 0, below100 ? n < 100 : n <= 100 else {
            throw v.error("expected a percentage from 0 to \(below100 ? "below 100" : "100"), found \(n)")
        }
        return n / 100
    }
}
