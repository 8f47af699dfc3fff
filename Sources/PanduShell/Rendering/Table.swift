import Foundation

/// Rows of cells printed as an aligned text table, CSV (RFC 4180) or JSON objects.
public struct Table: Sendable {
    public var columns: [String]
    public var rows: [[String]]

    public init(columns: [String], rows: [[String]] = []) {
        self.columns = columns
        self.rows = rows
    }

    /// The table in `format`.
    public func render(_ format: OutputFormat) -> String {
        switch format {
        case .text: text()
        case .csv: csv()
        case .json: json()
        }
    }

    /// Aligned columns, widths by character count.
    public func text() -> String {
        var widths = columns.map(\.count)
        for row in rows {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, c in
                i == cells.count - 1 ? c : c.padding(toLength: widths[i], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }
        return ([line(columns)] + rows.map(line)).joined(separator: "\n") + "\n"
    }

    /// RFC 4180 CSV with a header row.
    public func csv() -> String {
        func quote(_ s: String) -> String {
            // Scanned as bytes: iterating Characters cost seconds on a 100,000-row list.
            s.utf8.contains(where: { $0 == 44 || $0 == 34 || $0 == 10 || $0 == 13 })
                ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
        }
        return ([columns] + rows).map { $0.map(quote).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// A JSON array of objects keyed by column name, keys sorted, laid out as `JSONText.encode` does. Written
    /// directly as bytes: `JSONEncoder`, then String appends, took most of the time of listing 100,000 contacts.
    public func json() -> String {
        guard !rows.isEmpty else { return "[\n\n]\n" }
        let order = columns.indices.sorted { columns[$0] < columns[$1] }
        let keys = order.map { Array(("    " + Self.quoted(columns[$0]) + " : ").utf8) }
        var out: [UInt8] = []
        out.reserveCapacity(rows.count * columns.count * 32)
        out.append(contentsOf: "[\n".utf8)
        for (r, row) in rows.enumerated() {
            out.append(contentsOf: "  {\n".utf8)
            for (k, i) in order.enumerated() {
                out.append(contentsOf: keys[k])
                Self.appendQuoted(i < row.count ? row[i] : "", to: &out)
                out.append(contentsOf: (k == order.count - 1 ? "\n" : ",\n").utf8)
            }
            out.append(contentsOf: (r == rows.count - 1 ? "  }\n" : "  },\n").utf8)
        }
        out.append(contentsOf: "]\n".utf8)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `text` as a JSON string to `out`; plain text is copied as it is.
    static func appendQuoted(_ text: String, to out: inout [UInt8]) {
        if text.utf8.contains(where: { $0 < 0x20 || $0 == 34 || $0 == 92 }) {
            out.append(contentsOf: quoted(text).utf8)
        } else {
            out.append(34)
            out.append(contentsOf: text.utf8)
            out.append(34)
        }
    }

    /// `text` as a JSON string: quotes, backslashes and control characters escaped, slashes and Unicode kept.
    static func quoted(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 34 || $0 == 92 }) else { return "\"" + text + "\"" }
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

/// Encodes values as stable, human-readable JSON (sorted keys, pretty).
public enum JSONText {
    /// `value` as pretty JSON with sorted keys and unescaped slashes.
    public static func encode<T: Encodable>(_ value: T, pretty: Bool = true) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, enc in
            var c = enc.singleValueContainer()
            try c.encode(ISOTime.string(date))
        }
        guard let data = try? encoder.encode(value) else { return "null" }
        return String(decoding: data, as: UTF8.self) + (pretty ? "\n" : "")
    }
}

/// UTC instants as ISO 8601 with milliseconds, the form every export uses.
public enum ISOTime {
    /// `2026-11-21T01:05:00.000Z`.
    public static func string(_ date: Date) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return f.string(from: date)
    }
}
