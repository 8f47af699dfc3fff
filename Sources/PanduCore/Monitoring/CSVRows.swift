/// Splits CSV bytes into rows of unquoted fields (RFC 4180 quoting; a quoted field may hold the delimiter,
/// doubled quotes and even line breaks), remembering the line each row starts on.
struct CSVRows {
    /// One row and the 1-based line it starts on.
    struct Row {
        var fields: [String]
        var line: Int
        /// The row's fields were all empty (a blank line).
        var isBlank: Bool { fields.allSatisfy { $0.isEmpty } }
    }

    let delimiter: UInt8

    /// All rows of the text.
    func rows(_ buf: UnsafeBufferPointer<UInt8>) -> [Row] {
        var rows: [Row] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var quoted = false
        var line = 1
        var rowLine = 1
        var i = 0
        while i < buf.count {
            let c = buf[i]
            if quoted {
                if c == UInt8(ascii: "\"") {
                    if i + 1 < buf.count, buf[i + 1] == UInt8(ascii: "\"") {
                        field.append(c)
                        i += 1
                    } else {
                        quoted = false
                    }
                } else {
                    if c == ByteScan.newline { line += 1 }
                    if c != 0 { field.append(c) }
                }
            } else if c == UInt8(ascii: "\"") {
                quoted = true
            } else if c == delimiter {
                fields.append(Self.text(field))
                field.removeAll(keepingCapacity: true)
            } else if c == ByteScan.newline {
                fields.append(Self.text(field))
                field.removeAll(keepingCapacity: true)
                rows.append(Row(fields: fields, line: rowLine))
                fields.removeAll(keepingCapacity: true)
                line += 1
                rowLine = line
            } else if c != ByteScan.carriageReturn && c != 0 {
                field.append(c)
            }
            i += 1
        }
        if !field.isEmpty || !fields.isEmpty {
            fields.append(Self.text(field))
            rows.append(Row(fields: fields, line: rowLine))
        }
        return rows
    }

    static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }
}
