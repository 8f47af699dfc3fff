/// A hand-written RFC 4180 reader: quoted fields with commas, `""` escapes and line breaks; CRLF or LF rows.
/// The file is checked to be UTF-8 once, then fields are decoded directly.
public struct CSVReader {
    /// One row with the line it starts on.
    public struct Record: Equatable, Sendable {
        public var line: Int
        public var fields: [String]
    }

    /// The file name shown in messages.
    public let file: String

    /// A reader whose messages name `file`.
    public init(file: String) { self.file = file }

    static let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")

    /// Every non-blank row of `bytes` (a leading UTF-8 byte-order mark is skipped).
    public func records(_ bytes: [UInt8]) throws -> [Record] {
        if let bad = Self.firstInvalidUTF8(bytes) {
            let line = 1 + bytes[..<bad].reduce(0) { $0 + ($1 == Self.lf ? 1 : 0) }
            throw KnowledgeError.invalid(
                file: file, line: line, message: "the line is not valid UTF-8; save the file as UTF-8")
        }
        var row = RowBuilder()
        var line = 1
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte == Self.quote, row.field.isEmpty, !row.quoted {
                (row.field, i, line) = try quoted(bytes, from: i, line: line)
                row.quoted = true
                continue
            }
            if byte == Self.comma {
                row.endField()
            } else if byte == Self.lf || byte == Self.cr {
                if byte == Self.cr, i + 1 < bytes.count, bytes[i + 1] == Self.lf { i += 1 }
                line += 1
                row.endRecord(nextLine: line)
            } else if row.quoted || byte == Self.quote {
                let problem = row.quoted ? "has text after its closing quote" : "has a quote inside an unquoted value"
                throw KnowledgeError.invalid(
                    file: file, line: line,
                    message:
                        "field \(row.fields.count + 1) \(problem); quote the whole field and write a quote inside it as \"\""
                )
            } else {
                row.field.append(byte)
            }
            i += 1
        }
        if !row.field.isEmpty || !row.fields.isEmpty || row.quoted { row.endRecord(nextLine: line + 1) }
        return row.records
    }

    /// Reads a quoted field starting at the quote at `start`; returns its bytes, the index after it and the line.
    private func quoted(_ bytes: [UInt8], from start: Int, line: Int) throws -> ([UInt8], Int, Int) {
        var field: [UInt8] = []
        var i = start + 1
        var line = line
        while i < bytes.count {
            let byte = bytes[i]
            if byte == Self.quote {
                guard i + 1 < bytes.count, bytes[i + 1] == Self.quote else { return (field, i + 1, line) }
                field.append(Self.quote)
                i += 2
                continue
            }
            if byte == Self.lf || (byte == Self.cr && (i + 1 >= bytes.count || bytes[i + 1] != Self.lf)) { line += 1 }
            field.append(byte)
            i += 1
        }
        throw KnowledgeError.invalid(
            file: file, line: start == 0 ? 1 : 1 + bytes[..<start].reduce(0) { $0 + ($1 == Self.lf ? 1 : 0) },
            message: "a quoted field is never closed; add the closing quote (\")")
    }

    /// The offset of the first byte that is not part of valid UTF-8, or nil when all of it is valid.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}

/// The row being read: its finished fields, the current field's bytes, and the rows so far.
private struct RowBuilder {
    var records: [CSVReader.Record] = []
    var fields: [String] = []
    var field: [UInt8] = []
    /// The current field was quoted, so nothing but a separator may follow its closing quote.
    var quoted = false
    var recordLine = 1

    mutating func endField() {
        fields.append(String(decoding: field, as: UTF8.self))
        field.removeAll(keepingCapacity: true)
        quoted = false
    }

    /// Ends the row (a blank, unquoted line is no row); the next starts at `nextLine`.
    mutating func endRecord(nextLine: Int) {
        let blank = fields.isEmpty && field.isEmpty && !quoted
        endField()
        if !blank { records.append(CSVReader.Record(line: recordLine, fields: fields)) }
        fields.removeAll(keepingCapacity: true)
        recordLine = nextLine
    }
}
