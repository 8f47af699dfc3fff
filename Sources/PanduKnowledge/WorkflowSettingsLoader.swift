import Foundation
import PanduCore

/// Loads `knowledge/review.yaml` (TL review, F-03 ladder), `knowledge/qc.yaml` (QC workflow) and
/// `knowledge/retention.yaml` (how long records are kept).
public enum WorkflowSettingsLoader {
    /// The review file, relative to the knowledge folder.
    public static let reviewFile = "review.yaml"
    /// The QC workflow file, relative to the knowledge folder.
    public static let qcFile = "qc.yaml"
    /// The retention file, relative to the knowledge folder.
    public static let retentionFile = "retention.yaml"

    /// The retention settings; problems name file and line.
    public static func retention(from folder: URL) throws -> RetentionSettings {
        let doc = try YAMLDocument(url: folder.appendingPathComponent(retentionFile), file: retentionFile)
        let map = try doc.root.mapping("the retention settings")
        try map.checkKeys(allowed: ["keep_years"])
        let years = try map.required("keep_years").int("whole years")
        guard years >= 1 else { throw try map.required("keep_years").error("keep_years must be at least 1") }
        return RetentionSettings(keepYears: years)
    }

    /// The TL review settings; problems name file and line.
    public static func review(from folder: URL) throws -> ReviewSettings {
        let doc = try YAMLDocument(url: folder.appendingPathComponent(reviewFile), file: reviewFile)
        let map = try doc.root.mapping("the review settings")
        try map.checkKeys(allowed: ["hold_limit_seconds", "aht_targets", "discipline_actions", "discipline_rules"])
        let hold = try map.required("hold_limit_seconds").int("seconds")
        guard hold > 0 else {
            throw try map.required("hold_limit_seconds").error("hold_limit_seconds must be positive")
        }
        var targets: [FlowID: Int] = [:]
        for entry in try map.required("aht_targets").mapping("AHT targets by flow").entries {
            let seconds = try entry.value.int("seconds")
            guard seconds > 0 else { throw entry.value.error("the AHT target of \(entry.key) must be positive") }
            targets[FlowID(entry.key)] = seconds
        }
        return ReviewSettings(
            holdLimitSeconds: hold, ahtTargets: targets,
            disciplineActions: try actions(map.required("discipline_actions")),
            disciplineRules: try rules(map.required("discipline_rules")))
    }

    /// The QC workflow settings; problems name file and line.
    public static func qc(from folder: URL) throws -> QCSettings {
        let doc = try YAMLDocument(url: folder.appendingPathComponent(qcFile), file: qcFile)
        let map = try doc.root.mapping("the QC settings")
        try map.checkKeys(allowed: ["dispute_window_days", "sample_per_agent", "calibration_agreement_target"])
        let window = try map.required("dispute_window_days").int("days")
        let sample = try map.required("sample_per_agent").int("a count")
        let target = try map.required("calibration_agreement_target").double("a share between 0 and 1")
        guard window >= 0 else {
            throw try map.required("dispute_window_days").error("dispute_window_days cannot be negative")
        }
        guard sample > 0 else { throw try map.required("sample_per_agent").error("sample_per_agent must be positive") }
        guard (0...1).contains(target) else {
            throw try map.required("calibration_agreement_target").error(
                "calibration_agreement_target must be between 0 and 1")
        }
        return QCSettings(disputeWindowDays: window, samplePerAgent: sample, calibrationAgreementTarget: target)
    }

    private static func actions(_ value: YAMLValue) throws -> [DisciplineAction] {
        var seen: Set<String> = []
        return try value.array().map { item in
            let map = try item.mapping("a discipline action")
            try map.checkKeys(allowed: ["id", "label", "level", "valid_months"])
            let id = try map.required("id").string("an id")
            guard seen.insert(id).inserted else { throw item.error("duplicate discipline action \"\(id)\"") }
            return DisciplineAction(
                id: id, label: try map.required("label").string(), level: try map.required("level").int(),
                validMonths: try map.optional("valid_months")?.int())
        }
    }

    private static func rules(_ value: YAMLValue) throws -> [DisciplineRule] {
        var seen: Set<String> = []
        return try value.array().map { item in
            let map = try item.mapping("a discipline rule")
            try map.checkKeys(allowed: ["id", "label"])
            let id = try map.required("id").string("an id")
            guard seen.insert(id).inserted else { throw item.error("duplicate discipline rule \"\(id)\"") }
            return DisciplineRule(id: id, label: try map.required("label").string())
        }
    }
}
