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
        var key: UInt64 = 0
        var none: QueueLogPreparing? = nil
        let result = line.withUTF8 { buf in Self.record(buf, lineNumber: lineNumber, key: &key, preparing: &none) }
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
        var none: QueueLogPreparing? = nil
        return parse(bytes: bytes, firstLineNumber: firstLineNumber, preparing: &none)
    }

    /// `parse(bytes:firstLineNumber:)` with a store's per-line work done on the way (`QueueLogPreparation`:
    /// the lines encoded, the calls numbered), in `result.preparation`.
    public func prepare(bytes: UnsafeBufferPointer<UInt8>, firstLineNumber: Int = 1) -> QueueLogParseResult {
        var preparing: QueueLogPreparing? = QueueLogPreparing(capacity: Self.lineCapacity(bytes.count))
        var result = parse(bytes: bytes, firstLineNumber: firstLineNumber, preparing: &preparing)
        result.preparation = preparing.map(QueueLogPreparation.init)
        return result
    }

    private func parse(
        bytes: UnsafeBufferPointer<UInt8>, firstLineNumber: Int, preparing: inout QueueLogPreparing?
    ) -> QueueLogParseResult {
        var result = QueueLogParseResult()
        let room = Self.lineCapacity(bytes.count)
        result.records.reserveCapacity(room)
        result.keys.reserveCapacity(room)
        var start = firstLineNumber == 1 ? ByteScan.byteOrderMarkLength(bytes) : 0
        var lineNumber = firstLineNumber
        while start < bytes.count {
            let end = ByteScan.find(ByteScan.newline, in: bytes, from: start) ?? bytes.count
            let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
            var key: UInt64 = 0
            // Switched over as it comes back, so the record moves into the list (passing the result on copied it).
            switch Self.record(
                line, lineNumber: lineNumber, key: &key, preparing: &preparing, index: result.records.count)
            {
            case .success(let record?):
                result.records.append(record)
                result.keys.append(key)
            case .success(nil): result.blankLines += 1
            case .failure(let error): result.errors.append(error)
            }
            lineNumber += 1
            start = end + 1
        }
        result.lines = lineNumber - firstLineNumber
        return result
    }

    /// Room for the lines of `bytes` bytes: a real line is at least 40 bytes long (most are 60-70), so the lists
    /// are not outgrown and copied (which also touched twice the memory). Room never written costs no memory.
    static func lineCapacity(_ bytes: Int) -> Int { bytes / 40 + 16 }

    /// The length of the complete lines at the start of a growing file's new bytes (up to and including the
    /// last line break): parse that much, keep the rest for the next read, so a half-written line is never
    /// reported as bad.
    public static func completeLinesLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var end = bytes.count
        while end > 0, bytes[end - 1] != ByteScan.newline { end -= 1 }
        return end
    }

    /// One line's record; a line holding NUL bytes is first copied without them. `key` is set to the record's
    /// `contentKey.low`.
    /// `preparing`, when given, takes the record as record `index` of the result.
    static func record(
        _ line: UnsafeBufferPointer<UInt8>, lineNumber: Int, key: inout UInt64,
        preparing: inout QueueLogPreparing?, index: Int = 0
    )
        -> Result<QueueLogRecord?, MonitoringError>
    {
        guard ByteScan.find(0, in: line, from: 0) != nil else {
            return fields(line, lineNumber: lineNumber, key: &key, preparing: &preparing, index: index)
        }
        let clean = line.filter { $0 != 0 }
        return clean.withUnsafeBufferPointer {
            fields($0, lineNumber: lineNumber, key: &key, preparing: &preparing, index: index)
        }
    }

    /// Splits on `|` and reads the fixed fields; everything after the event is a parameter. Field bounds
    /// live in a stack buffer, so a line costs only the strings it yields.
    static func fields(
        _ buf: UnsafeBufferPointer<UInt8>, lineNumber: Int, key: inout UInt64, preparing: inout QueueLogPreparing?,
        index: Int
    ) -> Result<QueueLogRecord?, MonitoringError> {
        var end = buf.count
        while end > 0, buf[end - 1] == ByteScan.carriageReturn || buf[end - 1] == ByteScan.newline { end -= 1 }
        guard !ByteScan.trimmed(buf, 0..<end).isEmpty else { return .success(nil) }
        // One pass finds the pipes and whether the line is ASCII; the bounds fit on the stack for lines up to
        // 250 bytes (as Int32).
        return withUnsafeTemporaryAllocation(of: Int32.self, capacity: end + 2) { bounds in
            var n = 0
            bounds[0] = -1
            let ascii = ByteScan.pipes(buf, end, into: bounds, count: &n)
            let pipes = n
            guard pipes + 1 >= fixedFields else {
                let text = ByteScan.string(buf, 0..<end)
                return .failure(.tooFewFields(line: lineNumber, found: pipes + 1, needed: fixedFields, text: text))
            }
            bounds[n + 1] = Int32(truncatingIfNeeded: end)
            let field = { (k: Int) in (Int(bounds[k]) + 1)..<Int(bounds[k + 1]) }
            switch build(buf, fieldCount: pipes + 1, field, lineNumber: lineNumber, preparing: &preparing) {
            case .failure(let error): return .failure(error)
            case .success(let r):
                // An ASCII line's fields are the bytes of its strings, so the key is hashed from the bytes;
                // otherwise from the strings (invalid UTF-8 was replaced by U+FFFD in them).
                key = ascii ? contentKey(r, buf, fieldCount: pipes + 1, field) : r.contentKey.low
                preparing?.add(r, line: index, buf, ascii: ascii, field)
                return .success(r)
            }
        }
    }

    /// The record from its field ranges. A known event's name is the kind's own text (no string is made);
    /// when preparing, the uniqueid, queue and agent are the chunk's interned texts.
    static func build(
        _ buf: UnsafeBufferPointer<UInt8>, fieldCount: Int, _ field: (Int) -> Range<Int>, lineNumber: Int,
        preparing: inout QueueLogPreparing?
    ) -> Result<QueueLogRecord, MonitoringError> {
        guard let (epoch, micros) = ByteScan.epoch(buf, field(0)) else {
            let value = ByteScan.string(buf, field(0))
            return .failure(.badField(line: lineNumber, field: "time", value: value, expected: "epoch seconds"))
        }
        let eventRange = ByteScan.trimmed(buf, field(4))
        guard !eventRange.isEmpty else {
            return .failure(.badField(line: lineNumber, field: "event", value: "", expected: "an event name"))
        }
        let kind = QueueEventKind.named(UnsafeBufferPointer(rebasing: buf[eventRange]))
        let event = kind?.rawValue ?? ByteScan.string(buf, eventRange)
        var last = fieldCount - 1
        while last >= fixedFields, field(last).isEmpty { last -= 1 }
        // The file form's parameters are one run of the line, `|` between them, which is how a record keeps them.
        let params =
            last >= fixedFields
            ? QueueLogParams(
                joined: ByteScan.string(buf, field(fixedFields).lowerBound..<field(last).upperBound),
                count: last - fixedFields + 1)
            : QueueLogParams(joined: "", count: 0)
        // Reached through optional chaining, which works in place (comparing `preparing` with nil copied it).
        let callID = preparing?.text(buf, field(1), call: true) ?? ByteScan.string(buf, field(1))
        let queue = preparing?.text(buf, field(2)) ?? ByteScan.string(buf, field(2))
        let agent = preparing?.text(buf, field(3)) ?? ByteScan.string(buf, field(3))
        return .success(
            QueueLogRecord(
                epoch: epoch, microseconds: micros, callID: callID, queue: queue, agent: agent, event: event,
                kind: kind, parameters: params))
    }

    /// `record.contentKey.low` hashed from an ASCII line's bytes: the epoch's digits, then callid, queue,
    /// agent, the trimmed event and the parameters up to the last non-empty one, `|` between.
    static func contentKey(
        _ record: QueueLogRecord, _ buf: UnsafeBufferPointer<UInt8>, fieldCount: Int, _ field: (Int) -> Range<Int>
    ) -> UInt64 {
        var state = QueueLogKey.State()
        // The epoch as `"\(epoch)"` prints it: the field's own digits when they are that text already (no
        // fraction, no leading zero), which spares working the digits out again.
        let time = ByteScan.trimmed(buf, field(0))
        if !time.isEmpty, time.count == 1 || buf[time.lowerBound] != UInt8(ascii: "0"),
            !time.contains(where: { buf[$0] == UInt8(ascii: ".") })
        {
            for i in time { state.add(buf[i]) }
        } else {
            state.add(record.epoch)
        }
        let add = { (state: inout QueueLogKey.State, range: Range<Int>) in
            state.add(UInt8(ascii: "|"))
            for i in range { state.add(buf[i]) }
        }
        for k in 1...3 { add(&state, field(k)) }
        add(&state, ByteScan.trimmed(buf, field(4)))
        for k in stride(from: fixedFields, to: fixedFields + record.paramCount, by: 1) { add(&state, field(k)) }
        return state.key.low
    }
}
