/// Reads Asterisk `queue_log` in file form (`epoch|callid|queue|agent|event|p1|p2…`, spec §1.2) and, through
/// its CSV extension, rows of the realtime database table. Works on UTF-8 bytes: no regex, no splitting.
public struct QueueLogParser: Sendable {
    /// Fields every record has before its parameters.
    static let fixedFields = 5

    /// A parser; it keeps no state between lines.
    public init() {}

    /// Parses one file-form line; nil for a blank line. NUL bytes (left by crashed writers) are dropped and
    /// a trailing CR is ignored; a bad line throws naming the line, the field and the value.
    public func parseLine(_ line: String, lineNumber: Int) throws(MonitoringError) -> QueueLogRecord? {
        var line = line
        let result = line.withUTF8 { buf in Self.record(buf, lineNumber: lineNumber) }
        return try result.get()
    }

    /// Parses a whole file's text; every line is tried, bad lines are reported and skipped.
    public func parse(_ text: String) -> QueueLogParseResult {
        var text = text
        return text.withUTF8 { parse(bytes: $0) }
    }

    /// Parses a whole file's bytes; every line is tried, bad lines are reported and skipped. A UTF-8 byte
    /// order mark before line 1 (left by Windows editors and export tools) is not part of the first epoch.
    public func parse(bytes: UnsafeBufferPointer<UInt8>, firstLineNumber: Int = 1) -> QueueLogParseResult {
        var result = QueueLogParseResult()
        result.records.reserveCapacity(bytes.count / 80)
        var start = firstLineNumber == 1 ? ByteScan.byteOrderMarkLength(bytes) : 0
        var lineNumber = firstLineNumber
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != ByteScan.newline { end += 1 }
            let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
            result.take(Self.record(line, lineNumber: lineNumber))
            lineNumber += 1
            start = end + 1
        }
        result.lines = lineNumber - firstLineNumber
        return result
    }

    /// The length of the complete lines at the start of a growing file's new bytes (up to and including the
    /// last line break): parse that much, keep the rest for the next read, so a half-written line is never
    /// reported as bad.
    public static func completeLinesLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var end = bytes.count
        while end > 0, bytes[end - 1] != ByteScan.newline { end -= 1 }
        return end
    }

    /// One line's record; a line holding NUL bytes is first copied without them.
    static func record(
        _ line: UnsafeBufferPointer<UInt8>, lineNumber: Int
    )
        -> Result<QueueLogRecord?, MonitoringError>
    {
        guard line.contains(0) else { return fields(line, lineNumber: lineNumber) }
        let clean = line.filter { $0 != 0 }
        return clean.withUnsafeBufferPointer { fields($0, lineNumber: lineNumber) }
    }

    /// Splits on `|` and reads the fixed fields; everything after the event is a parameter. Field bounds
    /// live in a stack buffer, so a line costs only the strings it yields.
    static func fields(_ buf: UnsafeBufferPointer<UInt8>, lineNumber: Int) -> Result<QueueLogRecord?, MonitoringError> {
        var end = buf.count
        while end > 0, buf[end - 1] == ByteScan.carriageReturn || buf[end - 1] == ByteScan.newline { end -= 1 }
        guard !ByteScan.trimmed(buf, 0..<end).isEmpty else { return .success(nil) }
        var pipes = 0
        for i in 0..<end where buf[i] == ByteScan.pipe { pipes += 1 }
        guard pipes + 1 >= fixedFields else {
            let text = ByteScan.string(buf, 0..<end)
            return .failure(.tooFewFields(line: lineNumber, found: pipes + 1, needed: fixedFields, text: text))
        }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: pipes + 2) { bounds in
            var n = 0
            bounds[n] = -1
            for i in 0..<end where buf[i] == ByteScan.pipe {
                n += 1
                bounds[n] = i
            }
            bounds[n + 1] = end
            let field = { (k: Int) in (bounds[k] + 1)..<bounds[k + 1] }
            return build(buf, fieldCount: pipes + 1, field, lineNumber: lineNumber).map { $0 }
        }
    }

    /// The record from its field ranges.
    static func build(
        _ buf: UnsafeBufferPointer<UInt8>, fieldCount: Int, _ field: (Int) -> Range<Int>, lineNumber: Int
    ) -> Result<QueueLogRecord, MonitoringError> {
        guard let (epoch, micros) = ByteScan.epoch(buf, field(0)) else {
            let value = ByteScan.string(buf, field(0))
            return .failure(.badField(line: lineNumber, field: "time", value: value, expected: "epoch seconds"))
        }
        let event = ByteScan.string(buf, ByteScan.trimmed(buf, field(4)))
        guard !event.isEmpty else {
            return .failure(.badField(line: lineNumber, field: "event", value: "", expected: "an event name"))
        }
        var last = fieldCount - 1
        while last >= fixedFields, field(last).isEmpty { last -= 1 }
        var params: [String] = []
        if last >= fixedFields {
            params.reserveCapacity(last - fixedFields + 1)
            for k in fixedFields...last { params.append(ByteScan.string(buf, field(k))) }
        }
        return .success(
            QueueLogRecord(
                epoch: epoch, microseconds: micros, callID: ByteScan.string(buf, field(1)),
                queue: ByteScan.string(buf, field(2)), agent: ByteScan.string(buf, field(3)), event: event,
                params: params))
    }
}
