import Foundation

/// Writes metric families in the Prometheus text exposition format 0.0.4: `# HELP` and `# TYPE` lines, then
/// one line per sample, label values escaped (backslash, double quote, newline), values as Go parses them.
public enum MetricsExposition {
    /// The Content-Type of the format.
    public static let contentType = "text/plain; version=0.0.4; charset=utf-8"

    /// The families as exposition text, each family once, in the order given.
    public static func render(_ families: [MetricFamily]) -> String {
        var out = ""
        for family in families {
            out += "# HELP \(family.name) \(escapeHelp(family.help))\n"
            out += "# TYPE \(family.name) \(family.kind.rawValue)\n"
            for sample in family.samples {
                out += family.name
                if !sample.labels.isEmpty {
                    out += "{"
                    out += sample.labels.map { "\($0.name)=\"\(escapeLabel($0.value))\"" }.joined(
                        separator: ",")
                    out += "}"
                }
                out += " \(number(sample.value))\n"
            }
        }
        return out
    }

    /// A label value with `\`, `"` and newline escaped.
    public static func escapeLabel(_ value: String) -> String {
        var out = ""
        for c in value {
            switch c {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            default: out.append(c)
            }
        }
        return out
    }

    /// Help text with `\` and newline escaped.
    public static func escapeHelp(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n")
    }

    /// A value: whole numbers without a fraction, `+Inf`, `-Inf`, `NaN` as Prometheus spells them.
    public static func number(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value > 0 ? "+Inf" : "-Inf" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}
