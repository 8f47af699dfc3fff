import Foundation
import PanduCore
import PanduMetrics

/// Draws a `MonitorSnapshot` as lines of at most `width` visible columns and at most `height` lines: the
/// header, the queues coloured against target, agents by state (flagged ones first), open recovery plans and
/// the social waiting list. Pure: the same snapshot and size give the same text, so it is golden-tested.
struct MonitorRenderer {
    var width: Int
    var height: Int
    /// ANSI colour (green / yellow / red against target) or plain text.
    var colour: Bool
    var messages: Messages

    /// The screen's lines, never more than `height` and each at most `width` visible columns.
    func lines(_ s: MonitorSnapshot) -> [String] {
        let queues = queueLines(s)
        let plans = planLines(s)
        let social = socialLines(s)
        let fixed = 1 + queues.count + plans.count + social.count + 1
        let agentRoom = max(2, height - fixed)
        var all = [header(s)] + queues + agentLines(s, room: agentRoom) + plans + social
        all.append(fit(messages(.monitorFooter), .dim))
        return Array(all.prefix(max(1, height)))
    }

    func header(_ s: MonitorSnapshot) -> String {
        let time = clock(s.at, s.zone, seconds: true)
        let interval = "\(clock(s.interval.startDate, s.zone)) - \(clock(s.interval.endDate, s.zone))"
        return fit(
            "Pandu monitor  \(day(s.at, s.zone)) \(time) \(s.zone.rawValue)  interval \(interval)", .bold)
    }

    func queueLines(_ s: MonitorSnapshot) -> [String] {
        var lines = [
            fit(columns(["QUEUE", "OFF", "ANS", "ABN", "SL%", "ABN%", "ASA", "WAIT", "LONGEST"]), .bold)
        ]
        if s.queues.isEmpty { lines.append(fit(messages(.monitorNoQueues), .dim)) }
        for q in s.queues {
            let cells: [(String, TargetStatus)] = [
                (q.service, .none), (String(q.row.counts.offered), .none),
                (String(q.row.counts.answered), .none),
                (String(q.row.counts.abandoned), .none),
                (percent(q.value("sl_regulator")), q.status("sl_regulator")),
                (percent(q.value("abandon_rate")), q.status("abandon_rate")),
                (seconds(q.value("asa")), q.status("asa")), (String(q.live.waiting), .none),
                (q.live.longestWaitSeconds.map(duration) ?? "-", .none),
            ]
            lines.append(colouredColumns(cells))
        }
        return lines
    }

    /// Column widths of the queue table: the service name, then right-aligned figures.
    static let queueWidths = [12, 5, 5, 5, 7, 7, 6, 6, 8]

    func columns(_ cells: [String]) -> String {
        zip(cells, Self.queueWidths).enumerated().map { i, pair in
            i == 0 ? pad(pair.0, pair.1) : padLeft(pair.0, pair.1)
        }.joined(separator: " ")
    }

    func colouredColumns(_ cells: [(String, TargetStatus)]) -> String {
        var used = 0
        var out = ""
        for (i, (text, status)) in cells.enumerated() {
            let w = Self.queueWidths[i]
            let cell = (i == 0 ? pad(text, w) : padLeft(text, w))
            let sep = i == 0 ? "" : " "
            guard used + sep.count + cell.count <= width else { break }
            out += sep + paint(cell, status)
            used += sep.count + cell.count
        }
        return out
    }

    func agentLines(_ s: MonitorSnapshot, room: Int) -> [String] {
        let counts = s.agentsByState.map { "\(stateLabel($0.state)) \($0.count)" }.joined(
            separator: "  ")
        var lines = [fit("AGENTS  " + counts, .bold)]
        let shown = s.agents.filter {
            $0.state != .loggedOut || $0.late || $0.absent || $0.overAuxAllowance
        }
        .sorted { rank($0) < rank($1) }
        let capacity = room - 1
        let overflow = shown.count > capacity
        for a in shown.prefix(overflow ? max(0, capacity - 1) : capacity) {
            let flags = [
                a.late ? "LATE" : nil, a.absent ? "ABSENT" : nil, a.overAuxAllowance ? "OVER-AUX" : nil,
            ].compactMap { $0 }.joined(separator: " ")
            let time = a.secondsInState(at: s.at).map(duration) ?? "-"
            let text =
                "\(pad(a.code, 9)) \(pad(a.name == a.code ? "" : a.name, 17)) \(pad(a.state.label, 16)) \(padLeft(time, 7))"
            let line = fit(flags.isEmpty ? text : text + "  " + flags, .none)
            lines.append(flags.isEmpty ? line : paint(line, .missed))
        }
        if overflow {
            lines.append(fit(messages(.monitorMoreAgents, String(shown.count - capacity + 1)), .dim))
        }
        return lines
    }

    /// Flagged agents first, then by state in `LiveState.order`, then by code.
    func rank(_ a: AgentFigures) -> (Int, Int, String) {
        let flagged = a.late || a.absent || a.overAuxAllowance ? 0 : 1
        return (flagged, LiveState.order.firstIndex(of: a.state.name) ?? 9, a.code)
    }

    func planLines(_ s: MonitorSnapshot) -> [String] {
        var lines = [fit("RECOVERY PLANS  \(s.plans.count)", .bold)]
        for p in s.plans.prefix(3) {
            let observed = formatMeasure(p.measure, p.observed)
            let target = formatMeasure(p.measure, p.target)
            let sign = p.direction == "min" ? "<" : ">"
            let span = "\(clock(p.intervalStart, s.zone))-\(clock(p.intervalEnd, s.zone))"
            let text =
                "#\(p.id ?? 0) \(p.scope) \(p.measure) \(observed) \(sign) \(target) \(span) \(p.status.rawValue)"
            lines.append(fit(text + (p.owner.map { " owner \($0.rawValue)" } ?? ""), .none))
        }
        if s.plans.count > 3 {
            lines.append(fit(messages(.monitorMorePlans, String(s.plans.count - 3)), .dim))
        }
        return lines
    }

    func socialLines(_ s: MonitorSnapshot) -> [String] {
        guard let social = s.social else { return [] }
        let k = social.kpi
        let waiting = paint("waiting \(k.waiting)", .of(Double(k.waiting), social.target("waiting")))
        let oldest = paint(
            "oldest \(k.oldestWaitingSeconds.map { duration(Int($0)) } ?? "-")",
            .of(k.oldestWaitingSeconds, social.target("oldest_waiting")))
        let frt = paint(
            "FRT median \(k.frtMedian.map { duration(Int($0)) } ?? "-")",
            .of(k.frtMedian, social.target("frt_median")))
        let rateValue = k["response_rate"]?.value
        let rate = paint(
            "response \(percent(rateValue))", .of(rateValue, social.target("response_rate")))
        let plain = "SOCIAL  waiting \(k.waiting)  oldest x  FRT median x  response x"
        guard plain.count <= width else { return [fit("SOCIAL  waiting \(k.waiting)", .bold)] }
        return ["\(styled("SOCIAL", .bold))  \(waiting)  \(oldest)  \(frt)  \(rate)"]
    }
}
