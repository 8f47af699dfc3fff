import Foundation
import PanduCore

/// The F-19 recap as Markdown, CSV, JSON or an HTML page.
struct F19Rendering {
    let recap: F19Recap
    let desk: FollowUpDesk
    let policy: CallbackPolicy

    /// Attempt columns: at least the policy's maximum, more if a callback was tried more often.
    var attemptColumns: Int { max(policy.maxAttempts, recap.rows.map(\.attempts.count).max() ?? 0) }

    var columns: [String] {
        ["no", "callback", "recorded", "recorded_by", "session", "ticket", "number", "reason", "priority"]
            + (1...max(1, attemptColumns)).map { "attempt_\($0)" }
            + ["attempts", "last_outcome", "status", "close_reason", "closed", "agent"]
    }

    var rows: [[String]] {
        let attemptColumns = attemptColumns
        return recap.rows.enumerated().map { i, row in
            let c = row.callback
            let attempts = (0..<max(1, attemptColumns)).map { n in
                n < row.attempts.count
                    ? "\(desk.time(row.attempts[n].at)) \(row.attempts[n].outcome) \(row.attempts[n].agent)" : ""
            }
            return [
                String(i + 1), String(c.id ?? 0), desk.time(c.createdAt), c.createdBy.rawValue,
                c.sessionID?.rawValue ?? "",
                c.ticketID ?? "", desk.shown(c.number), desk.shownText(c.reason), c.priority.rawValue,
            ] + attempts + [
                String(row.attempts.count), c.lastOutcome ?? "", c.status.rawValue, c.closeReason ?? "",
                desk.time(c.closedAt),
                row.attempts.last?.agent.rawValue ?? "",
            ]
        }
    }

    var summary: [(String, String)] {
        let s = recap.summary
        func pct(_ v: Double?) -> String { v.map { String(format: "%.1f", $0) } ?? "" }
        var lines: [(String, String)] = []
        lines.append(("callbacks", String(s.callbacks)))
        lines.append(("recorded", String(s.recorded)))
        lines.append(("attempts", String(s.attempts)))
        lines.append(("reached_attempts", String(s.reachedAttempts)))
        lines.append(("reach_rate_pct", pct(s.reachRate)))
        lines.append(("resolved", String(s.resolved)))
        lines.append(("closed_unresolved", String(s.closed)))
        lines.append(("exhausted", String(s.exhausted)))
        lines.append(("cancelled", String(s.cancelled)))
        lines.append(("open", String(s.open)))
        lines.append(("resolution_rate_pct", pct(s.resolutionRate)))
        for o in policy.outcomes { lines.append(("outcome_\(o.code)", String(s.byOutcome[o.code] ?? 0))) }
        return lines
    }

    func render(_ format: DocumentFormat) -> String {
        switch format {
        case .csv: return Table(columns: columns, rows: rows).csv()
        case .json: return JSONText.encode(json)
        case .html: return document.html()
        case .markdown, .md:
            return "# IN.OCC.TELK.F-19 Rekapitulasi Call Back Tier 2 Outbound\n\n"
                + "Periode: \(desk.time(recap.from)) s.d. \(desk.time(recap.to)) (\(desk.context.siteZone.rawValue))\n\n"
                + "## Ringkasan\n\n" + Markdown.table(["measure", "value"], summary.map { [$0.0, $0.1] })
                + "\n## Rincian\n\n" + Markdown.table(columns, rows)
        }
    }

    var json: JSONValue {
        let s = recap.summary
        var summaryObject: [String: JSONValue] = [:]
        for (k, v) in summary where !k.hasPrefix("outcome_") {
            summaryObject[k] = Double(v).map(JSONValue.number) ?? .null
        }
        summaryObject["by_outcome"] = .object(s.byOutcome.mapValues { .number(Double($0)) })
        let rowObjects: [JSONValue] = recap.rows.map(rowJSON)
        return .object([
            "form": "IN.OCC.TELK.F-19", "from": .string(FollowUpDesk.iso(recap.from)),
            "to": .string(FollowUpDesk.iso(recap.to)),
            "summary": .object(summaryObject), "rows": .array(rowObjects),
        ])
    }

    func rowJSON(_ row: F19Recap.Row) -> JSONValue {
        let c = row.callback
        let attempts: [JSONValue] = row.attempts.map { a in
            var o: [String: JSONValue] = [:]
            o["at"] = .string(FollowUpDesk.iso(a.at))
            o["agent"] = .string(a.agent.rawValue)
            o["outcome"] = .string(a.outcome)
            o["note"] = a.note.map { .string(desk.shownText($0)) } ?? .null
            return .object(o)
        }
        var o: [String: JSONValue] = [:]
        o["callback"] = .number(Double(c.id ?? 0))
        o["recorded"] = .string(FollowUpDesk.iso(c.createdAt))
        o["recorded_by"] = .string(c.createdBy.rawValue)
        o["session"] = c.sessionID.map { .string($0.rawValue) } ?? .null
        o["ticket"] = c.ticketID.map(JSONValue.string) ?? .null
        o["number"] = .string(desk.shown(c.number))
        o["reason"] = .string(desk.shownText(c.reason))
        o["priority"] = .string(c.priority.rawValue)
        o["status"] = .string(c.status.rawValue)
        o["close_reason"] = c.closeReason.map(JSONValue.string) ?? .null
        o["closed"] = c.closedAt.map { .string(FollowUpDesk.iso($0)) } ?? .null
        o["attempts"] = .array(attempts)
        return .object(o)
    }
}
