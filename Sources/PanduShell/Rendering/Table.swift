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
            s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
        }
        return ([columns] + rows).map { $0.map(quote).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// A JSON array of objects keyed by column name.
    public func json() -> String {
        let objects = rows.map { row in
            Dictionary(uniqueKeysWithValues: zip(columns, row).map { ($0, $1) })
        }
        return JSONText.encode(objects)
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
