import Foundation

/// Draws a report chart as inline SVG (no script, no external file): axes with grid lines, grouped bars or
/// lines with points, a dashed target line and a legend.
struct SVGChart {
    let chart: ReportDocument.Chart
    var width = 760.0
    var height = 280.0
    let left = 56.0
    let right = 16.0
    let top = 30.0
    let bottom = 48.0
    static let palette = ["#2563eb", "#0d9488", "#f59e0b", "#9333ea", "#db2777"]

    /// The chart as an `<svg>` element.
    func svg() -> String {
        var out =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\" "
            + "aria-label=\"\(HTMLText.escape(chart.title))\" class=\"chart\">"
        out +=
            "<text x=\"\(n(left))\" y=\"18\" class=\"chart-title\">\(HTMLText.escape(chart.title))</text>"
        out += grid() + categoryLabels()
        out += chart.kind == .bar ? bars() : lines()
        out += targetLine() + legend() + "</svg>"
        return out
    }

    var plotWidth: Double { width - left - right }
    var plotHeight: Double { height - top - bottom }

    /// The top of the value axis: the largest value or target, rounded up to a tidy step (100 % for ratios).
    var maxValue: Double {
        let values = chart.series.flatMap { $0.values.compactMap { $0 } } + [chart.target ?? 0]
        let top = values.max() ?? 0
        if chart.unit == .percent { return max(1.0, top) }
        guard top > 0 else { return 4 }
        // Four grid steps of a tidy size (1, 2, 2.5 or 5 × 10ⁿ; whole numbers for counts).
        let raw = top / 4
        let magnitude = pow(10, floor(log10(raw)))
        let factors = chart.unit == .count && magnitude < 10 ? [1.0, 2, 5, 10] : [1.0, 2, 2.5, 5, 10]
        let step =
            factors.map { $0 * magnitude }.first { $0 >= raw && (chart.unit != .count || $0 >= 1) } ?? 10
            * magnitude
        return Swift.max(step, chart.unit == .count ? 1 : 0) * 4
    }

    func y(_ value: Double) -> Double { top + plotHeight * (1 - value / maxValue) }

    var slot: Double { plotWidth / Double(max(1, chart.categories.count)) }

    func x(_ index: Int) -> Double { left + slot * (Double(index) + 0.5) }

    func grid() -> String {
        var out = ""
        for i in 0...4 {
            let value = maxValue * Double(i) / 4
            let yy = y(value)
            out +=
                "<line x1=\"\(n(left))\" y1=\"\(n(yy))\" x2=\"\(n(width - right))\" y2=\"\(n(yy))\" class=\"grid\"/>"
            out += "<text x=\"\(n(left - 6))\" y=\"\(n(yy + 4))\" class=\"axis\" text-anchor=\"end\">"
            out += "\(HTMLText.escape(chart.format(value)))</text>"
        }
        out +=
            "<line x1=\"\(n(left))\" y1=\"\(n(top))\" x2=\"\(n(left))\" y2=\"\(n(top + plotHeight))\" class=\"axis-line\"/>"
        return out
    }

    func categoryLabels() -> String {
        let step = max(1, Int((Double(chart.categories.count) / 12).rounded(.up)))
        return chart.categories.enumerated().filter { $0.offset % step == 0 }.map { i, label in
            "<text x=\"\(n(x(i)))\" y=\"\(n(top + plotHeight + 16))\" class=\"axis\" text-anchor=\"middle\">"
                + "\(HTMLText.escape(label))</text>"
        }.joined()
    }

    func bars() -> String {
        let groups = Double(max(1, chart.series.count))
        let barWidth = max(1, slot * 0.8 / groups)
        var out = ""
        for (s, series) in chart.series.enumerated() {
            let colour = Self.palette[s % Self.palette.count]
            for (i, value) in series.values.enumerated() {
                guard let value else { continue }
                let x0 = x(i) - slot * 0.4 + barWidth * Double(s)
                let y0 = y(value)
                out += "<rect x=\"\(n(x0))\" y=\"\(n(y0))\" width=\"\(n(barWidth * 0.92))\" "
                out += "height=\"\(n(max(0, top + plotHeight - y0)))\" fill=\"\(colour)\" rx=\"2\">"
                out +=
                    "<title>\(HTMLText.escape("\(series.name) \(chart.categories[i]): \(chart.format(value))"))"
                out += "</title></rect>"
            }
        }
        return out
    }

    func lines() -> String {
        var out = ""
        for (s, series) in chart.series.enumerated() {
            let colour = Self.palette[s % Self.palette.count]
            let points = series.values.enumerated().compactMap { i, v in v.map { (x(i), y($0), i, $0) } }
            let path = points.map { "\(n($0.0)),\(n($0.1))" }.joined(separator: " ")
            if points.count > 1 {
                out +=
                    "<polyline points=\"\(path)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2.5\"/>"
            }
            for p in points {
                out += "<circle cx=\"\(n(p.0))\" cy=\"\(n(p.1))\" r=\"3.5\" fill=\"\(colour)\">"
                out +=
                    "<title>\(HTMLText.escape("\(series.name) \(chart.categories[p.2]): \(chart.format(p.3))"))"
                out += "</title></circle>"
            }
        }
        return out
    }

    func targetLine() -> String {
        guard let target = chart.target else { return "" }
        let yy = y(target)
        return
            "<line x1=\"\(n(left))\" y1=\"\(n(yy))\" x2=\"\(n(width - right))\" y2=\"\(n(yy))\" class=\"target\"/>"
            + "<text x=\"\(n(width - right - 4))\" y=\"\(n(yy - 5))\" class=\"target-label\" text-anchor=\"end\">"
            + "target \(HTMLText.escape(chart.format(target)))</text>"
    }

    func legend() -> String {
        var out = ""
        var xx = left
        let yy = height - 12
        for (s, series) in chart.series.enumerated() {
            let colour = Self.palette[s % Self.palette.count]
            out +=
                "<rect x=\"\(n(xx))\" y=\"\(n(yy - 9))\" width=\"12\" height=\"12\" fill=\"\(colour)\" rx=\"2\"/>"
            out +=
                "<text x=\"\(n(xx + 17))\" y=\"\(n(yy + 1))\" class=\"legend\">\(HTMLText.escape(series.name))</text>"
            xx += 30 + Double(series.name.count) * 7
        }
        return out
    }

    /// A coordinate with at most one decimal.
    func n(_ value: Double) -> String {
        let r = (value * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(r)
    }
}

/// HTML escaping for text and attribute values.
enum HTMLText {
    /// `&`, `<`, `>`, `"` and `'` escaped.
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.count)
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }
}
