import Foundation
import PanduCore
import PanduMetrics

extension MonitorRenderer {
    /// Text styles of the view.
    enum Style: String {
        case bold = "1"
        case dim = "2"
        case none = ""
    }

    /// `text` cut to the width (with `…`), then styled.
    func fit(_ text: String, _ style: Style) -> String {
        styled(cut(text, width), style)
    }

    func styled(_ text: String, _ style: Style) -> String {
        colour && style != .none ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }

    /// Green, yellow or red against target; unchanged without a target or without colour.
    func paint(_ text: String, _ status: TargetStatus) -> String {
        guard colour else { return text }
        switch status {
        case .met: return "\u{1B}[32m\(text)\u{1B}[0m"
        case .near: return "\u{1B}[33m\(text)\u{1B}[0m"
        case .missed: return "\u{1B}[31m\(text)\u{1B}[0m"
        case .none: return text
        }
    }

    func cut(_ text: String, _ w: Int) -> String {
        text.count <= w ? text : String(text.prefix(max(0, w - 1))) + "…"
    }

    func pad(_ text: String, _ w: Int) -> String {
        let t = cut(text, w)
        return t + String(repeating: " ", count: w - t.count)
    }

    func padLeft(_ text: String, _ w: Int) -> String {
        let t = cut(text, w)
        return String(repeating: " ", count: w - t.count) + t
    }

    func percent(_ value: Double?) -> String {
        value.map { String(format: "%.1f", $0 * 100) } ?? "-"
    }

    func seconds(_ value: Double?) -> String {
        value.map { "\(Int($0.rounded()))s" } ?? "-"
    }

    /// `m:ss`, or `h:mm:ss` from an hour.
    func duration(_ seconds: Int) -> String {
        let h = seconds / 3600
        let m = seconds % 3600 / 60
        let s = seconds % 60
        return h > 0 ? String(format: "%d:%02d:%02d", h, m, s) : String(format: "%d:%02d", m, s)
    }

    /// A ratio as a percentage, seconds as seconds, by the measure's name.
    func formatMeasure(_ measure: String, _ value: Double) -> String {
        MeasureFormat.isTime(measure)
            ? "\(Int(value.rounded()))s" : String(format: "%.1f%%", value * 100)
    }

    func clock(_ date: Date, _ zone: TimeZoneCode, seconds: Bool = false) -> String {
        let minute = zone.minuteOfDay(date)
        let base = String(format: "%02d:%02d", minute / 60, minute % 60)
        guard seconds else { return base }
        let s = Int(date.timeIntervalSince1970.rounded(.down)) % 60
        return base + String(format: ":%02d", (s + 60) % 60)
    }

    func day(_ date: Date, _ zone: TimeZoneCode) -> String {
        let local = CivilTime.localDate(
            Int64(date.timeIntervalSince1970), utcOffsetSeconds: zone.hoursFromUTC * 3600)
        return String(format: "%04d-%02d-%02d", local.year, local.month, local.day)
    }

    /// The short state names of the agents line.
    func stateLabel(_ name: String) -> String {
        switch name {
        case "on_contact": "contact"
        case "not_ready": "not-ready"
        case "logged_out": "out"
        default: name
        }
    }
}

/// Which measures are times (seconds) rather than ratios, by name.
enum MeasureFormat {
    static let times: Set<String> = [
        "asa", "aht", "att", "avg_hold", "avg_acw", "avg_wait_abandoned", "frt_median", "frt_p90",
        "frt_mean",
        "oldest_waiting",
    ]

    /// Whether a measure is in seconds.
    static func isTime(_ measure: String) -> Bool { times.contains(measure) }
}
