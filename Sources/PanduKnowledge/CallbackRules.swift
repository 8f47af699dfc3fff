import Foundation
import PanduCore

/// Loads `knowledge/callbacks.yaml`: the Tier 2 retry policy and the attempt outcome codes.
public enum CallbackRules {
    /// The file, relative to the knowledge folder.
    public static let file = "callbacks.yaml"

    /// The policy; problems name file and line.
    public static func load(from folder: URL) throws -> CallbackPolicy {
        let doc = try YAMLDocument(url: folder.appendingPathComponent(file), file: file)
        let map = try doc.root.mapping("the callback policy")
        try map.checkKeys(allowed: [
            "max_attempts", "min_gap_minutes", "calling_hours", "agent_hold_minutes", "outcomes",
        ])
        let attempts = try positive(map, "max_attempts")
        let gap = try positive(map, "min_gap_minutes")
        let hold = try positive(map, "agent_hold_minutes")
        let hoursValue = try map.required("calling_hours")
        let hoursText = try hoursValue.string("calling hours")
        guard let hours = CallingWindow(hoursText) else {
            throw hoursValue.error("calling_hours must be HH:MM-HH:MM with the start first, not \"\(hoursText)\"")
        }
        let outcomes = try outcomesList(try map.required("outcomes"))
        return CallbackPolicy(
            maxAttempts: attempts, minGapMinutes: gap, callingHours: hours, agentHoldMinutes: hold, outcomes: outcomes)
    }

    private static func positive(_ map: YAMLMapping, _ key: String) throws -> Int {
        let value = try map.required(key)
        let n = try value.int("minutes or a count")
        guard n > 0 else { throw value.error("\(key) must be positive, not \(n)") }
        return n
    }

    private static func outcomesList(_ value: YAMLValue) throws -> [CallbackOutcome] {
        var seen: Set<String> = []
        let list = try value.array().map { item -> CallbackOutcome in
            let o = try item.mapping("an outcome")
            try o.checkKeys(allowed: ["code", "label", "action", "reached", "disposition"])
            let code = try o.required("code").string("a code")
            guard code == code.lowercased(), !code.contains(" ") else {
                throw item.error("outcome code \"\(code)\" must be lower case without spaces")
            }
            guard seen.insert(code).inserted else { throw item.error("duplicate outcome \"\(code)\"") }
            let actionText = try o.required("action").string("an action")
            guard let action = CallbackOutcome.Action(rawValue: actionText) else {
                let allowed = CallbackOutcome.Action.allCases.map(\.rawValue).joined(separator: ", ")
                throw item.error("unknown action \"\(actionText)\" (\(allowed))")
            }
            return CallbackOutcome(
                code: code, label: try o.required("label").string(), action: action,
                reached: try o.required("reached").bool(), disposition: try o.optional("disposition")?.string())
        }
        guard list.contains(where: { $0.action == .resolve }) else {
            throw value.error("outcomes need at least one with action resolve")
        }
        return list
    }
}
