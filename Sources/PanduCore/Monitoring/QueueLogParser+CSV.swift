/// The realtime-database form: a CSV export of the `queue_log` table (spec §1.2).
extension QueueLogParser {
    /// Parses a CSV export. Without a `layout`, a header row names the columns, or the column count picks
    /// Asterisk's adaptive (`data1..data5`) or single-`data` table. `time` is local time at
    /// `utcOffsetSeconds` (0 when the server logs GMT), or plain epoch seconds.
    public func parseCSV(
        _ text: String, layout: QueueLogCSVLayout? = nil, utcOffsetSeconds: Int = 0,
        delimiter: Character = ","
    ) -> QueueLogParseResult {
        // A byte order mark would glue itself to the first header name (`\u{FEFF}time`).
        var text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        let rows = text.withUTF8 { CSVRows(delimiter: delimiter.asciiValue ?? UInt8(ascii: ",")).rows($0) }
        var result = QueueLogParseResult()
        result.lines = rows.count
        guard let first = rows.first else { return result }
        var layout = layout
        var body = rows[...]
        if layout == nil, QueueLogCSVLayout.isHeader(first.fields) {
            do {
                layout = try QueueLogCSVLayout(header: first.fields)
            } catch {
                result.errors.append(error)
                return result
            }
            body = rows.dropFirst()
        }
        let chosen = layout ?? QueueLogCSVLayout.guess(first.fields)
        for row in body {
            result.take(Self.csvRecord(row.fields, line: row.line, layout: chosen, utcOffsetSeconds: utcOffsetSeconds))
        }
        return result
    }

    /// Parses one CSV row already split into fields; nil for a blank row.
    public func parseCSVRow(
        _ fields: [String], layout: QueueLogCSVLayout = .adaptive, lineNumber: Int, utcOffsetSeconds: Int = 0
    ) throws(MonitoringError) -> QueueLogRecord? {
        try Self.csvRecord(fields, line: lineNumber, layout: layout, utcOffsetSeconds: utcOffsetSeconds).get()
    }

    /// One row's record.
    static func csvRecord(
        _ fields: [String], line: Int, layout: QueueLogCSVLayout, utcOffsetSeconds: Int
    )
        -> Result<QueueLogRecord?, MonitoringError>
    {
        if fields.allSatisfy({ $0.isEmpty }) { return .success(nil) }
        let needed = max(layout.event, layout.agent, layout.queue, layout.callID, layout.time) + 1
        guard fields.count >= needed else {
            let text = fields.joined(separator: ",")
            return .failure(.tooFewFields(line: line, found: fields.count, needed: needed, text: text))
        }
        guard let (epoch, micros) = csvTime(fields[layout.time], utcOffsetSeconds: utcOffsetSeconds) else {
            return .failure(
                .badField(
                    line: line, field: "time", value: fields[layout.time],
                    expected: "a time like 2026-11-21 08:00:00[.000000] or epoch seconds"))
        }
        let event = ByteScan.trim(fields[layout.event])
        guard !event.isEmpty else {
            return .failure(.badField(line: line, field: "event", value: "", expected: "an event name"))
        }
        let record = QueueLogRecord(
            epoch: epoch, microseconds: micros, callID: nullable(fields[layout.callID]),
            queue: nullable(fields[layout.queue]), agent: nullable(fields[layout.agent]), event: event,
            params: params(fields, layout: layout))
        return .success(record)
    }

    /// The parameters: data columns in order; the last column (or the single `data` column) may hold the
    /// `|`-joined rest, e.g. an ATTENDEDTRANSFER `LINK` line has six parameters for five columns.
    static func params(_ fields: [String], layout: QueueLogCSVLayout) -> [String] {
        var params: [String] = []
        for (n, column) in layout.data.enumerated() {
            let value = column < fields.count ? nullable(fields[column]) : ""
            if n == layout.data.count - 1 {
                params.append(
                    contentsOf: value.split(separator: "|", omittingEmptySubsequences: false).map(String.init))
            } else {
                params.append(value)
            }
        }
        return params
    }

    /// A database NULL exported as `\N` or `NULL` reads as empty.
    static func nullable(_ value: String) -> String {
        value == "\\N" || value == "NULL" ? "" : value
    }

    /// The `time` column: local date-time text, or epoch seconds (QueueMetrics' `time_id`).
    static func csvTime(_ value: String, utcOffsetSeconds: Int) -> (Int64, Int32)? {
        var value = value
        return value.withUTF8 { buf in
            CivilTime.parse(buf, 0..<buf.count, utcOffsetSeconds: utcOffsetSeconds)
                ?? ByteScan.epoch(buf, 0..<buf.count)
        }
    }
}
