import Foundation
import PanduCore

/// `pandu kpi` output: JSON objects (counts, named measures with formula, target and verdict), a flat CSV,
/// or a compact text table.
struct KPIRendering {
    let rows: [KPIReportRow]
    let zone: TimeZoneCode

    func render(_ format: OutputFormat) -> String {
        switch format {
        case .json: JSONText.encode(rows.map { JSONValue.object(object($0)) })
        case .csv: flat().csv()
        case .text: text().text()
        }
    }

    /// `2026-11-21T08:00:00+07:00`.
    func iso(_ epoch: Int64) -> String {
        TimeParser(zone: zone).iso(Date(timeIntervalSince1970: TimeInterval(epoch)))
    }

    func object(_ r: KPIReportRow) -> [String: JSONValue] {
        var o: [String: JSONValue] = [
            "queue": .string(r.scope), "service": .string(r.service.id), "interval_start": .string(iso(r.span.start)),
            "interval_end": .string(iso(r.span.end)), "kind": .string(r.voice != nil ? "voice" : "social"),
        ]
        for (k, v) in counts(r) { o[k] = v }
        var measures: [String: JSONValue] = [:]
        for m in r.measures {
            o[m.name] = m.value.map(JSONValue.number) ?? .null
            var d: [String: JSONValue] = [
                "formula": .string(m.formula), "numerator": .number(m.numerator), "denominator": .number(m.denominator),
                "value": m.value.map(JSONValue.number) ?? .null, "unit": .string(m.unit.rawValue),
            ]
            if let v = r.verdict(m) {
                d["target"] = .object([v.target.direction: .number(v.target.bound)])
                d["met"] = v.met.map(JSONValue.bool) ?? .null
            }
            measures[m.name] = .object(d)
        }
        o["measures"] = .object(measures)
        o["missed"] = .array(r.misses.map { .string($0.name) })
        return o
    }

    /// The counts behind the row.
    func counts(_ r: KPIReportRow) -> [(String, JSONValue)] {
        if let k = r.social {
            return [
                ("received", .number(Double(k.received))), ("replied", .number(Double(k.replied))),
                ("replied_within", .number(Double(k.repliedWithin))), ("waiting_count", .number(Double(k.waiting))),
                ("oldest_waiting_case", k.oldestWaitingID.map(JSONValue.string) ?? .null),
            ]
        }
        guard let v = r.voice else { return [] }
        let c = v.counts
        let n = { (x: Int) in JSONValue.number(Double(x)) }
        let within = { (list: [Int]) in
            JSONValue.object(Dictionary(uniqueKeysWithValues: zip(c.thresholds.map(String.init), list.map(n))))
        }
        var out: [(String, JSONValue)] = [
            ("offered", n(c.offered)), ("answered", n(c.answered)), ("abandoned", n(c.abandoned)),
            ("short_abandoned", n(c.abandoned(within: r.service.config.shortAbandonSeconds) ?? 0)),
            ("timeouts", n(c.timeouts)), ("exits_by_key", n(c.exitsByKey)), ("exits_empty", n(c.exitsEmpty)),
            ("withdrawals", n(c.withdrawals)), ("agent_dumps", n(c.agentDumps)), ("sys_compats", n(c.sysCompats)),
            ("transfers", n(c.transfers)), ("completed", n(c.completed)), ("handled", n(c.handled)),
            ("open", n(c.open)), ("waiting", n(c.waiting)), ("orphans_skipped", n(c.orphansSkipped)),
            ("answered_within", within(c.answeredWithin)), ("abandoned_within", within(c.abandonedWithin)),
            ("sum_wait_answered", n(c.sumWaitAnswered)), ("max_wait_answered", n(c.maxWaitAnswered)),
            ("sum_wait_abandoned", n(c.sumWaitAbandoned)), ("sum_talk", n(c.sumTalk)),
            ("hold_seconds", .number(v.handling.hold)), ("acw_seconds", .number(v.handling.acw)),
            ("scr_warning", .bool(v.scrWarning)),
        ]
        out.append(
            (
                "trunk",
                v.trunk.map {
                    .object(["attempts": n($0.attempts), "accepted": n($0.acceptedCount), "blocked": n($0.blocked)])
                } ?? .null
            ))
        return out
    }

    /// Every count and measure as columns; measures a row lacks are empty.
    func flat() -> Table {
        var measureNames: [String] = []
        for r in rows { for m in r.measures where !measureNames.contains(m.name) { measureNames.append(m.name) } }
        var countNames: [String] = []
        for r in rows {
            for (k, v) in flatCounts(r) where !countNames.contains(k) {
                _ = v
                countNames.append(k)
            }
        }
        let columns = ["queue", "service", "interval_start", "interval_end"] + countNames + measureNames + ["missed"]
        let body = rows.map { r -> [String] in
            let c = Dictionary(flatCounts(r), uniquingKeysWith: { a, _ in a })
            let m = Dictionary(r.measures.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
            return [r.scope, r.service.id, iso(r.span.start), iso(r.span.end)] + countNames.map { c[$0] ?? "" }
                + measureNames.map { m[$0]?.value.map(Self.number) ?? "" }
                + [r.misses.map(\.name).joined(separator: " ")]
        }
        return Table(columns: columns, rows: body)
    }

    func flatCounts(_ r: KPIReportRow) -> [(String, String)] {
        counts(r).flatMap { (k, v) -> [(String, String)] in
            switch v {
            case .object(let o):
                o.keys.sorted { (Int($0) ?? 0) < (Int($1) ?? 0) }.map { ("\(k)_\($0)", Self.cell(o[$0]!)) }
            default: [(k, Self.cell(v))]
            }
        }
    }

    static func cell(_ v: JSONValue) -> String {
        switch v {
        case .number(let d): number(d)
        case .string(let s): s
        case .bool(let b): b ? "true" : "false"
        default: ""
        }
    }

    /// Whole numbers without a fraction, others with up to six decimals.
    static func number(_ d: Double) -> String {
        d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : String(format: "%.6f", d)
    }

    /// The few columns a desk controller reads at a glance; a missed target is marked with `!`.
    func text() -> Table {
        let names = [
            "sl_regulator", "sl_20", "abandon_rate", "asa", "aht", "scr", "frt_median", "response_rate", "waiting",
        ]
        let present = names.filter { n in rows.contains { r in r.measures.contains { $0.name == n } } }
        let local = TimeParser(zone: zone)
        let body = rows.map { r -> [String] in
            let offered = r.voice.map { String($0.counts.offered) } ?? r.social.map { String($0.received) } ?? ""
            let answered = r.voice.map { String($0.counts.answered) } ?? r.social.map { String($0.replied) } ?? ""
            return [r.scope, String(local.format(r.span.startDate).dropLast(3)), offered, answered]
                + present.map { n in
                    guard let m = r.measures.first(where: { $0.name == n }), let v = m.value else { return "-" }
                    let shown = m.unit == .ratio ? String(format: "%.1f%%", v * 100) : String(format: "%.0f", v)
                    return r.verdict(m)?.met == false ? shown + "!" : shown
                }
        }
        return Table(columns: ["queue", "interval", "offered", "answered"] + present, rows: body)
    }
}
