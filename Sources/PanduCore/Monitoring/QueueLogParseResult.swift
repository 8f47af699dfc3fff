/// What a bulk parse produced: the good records in file order, and one error per bad line.
public struct QueueLogParseResult: Hashable, Sendable {
    public var records: [QueueLogRecord] = []
    /// `records[i].contentKey.low`, worked out from the bytes by the file-form parser (empty from the CSV form).
    public var keys: [UInt64] = []
    public var errors: [MonitoringError] = []
    /// The store's per-line work done while parsing, from `QueueLogParser.prepare(bytes:)` only.
    public var preparation: QueueLogPreparation?
    /// Lines (or CSV rows, a header included) read, blank ones included.
    public var lines = 0
    /// Blank lines skipped without complaint.
    public var blankLines = 0

    /// An empty result.
    public init() {}

    /// Files one line's outcome; `key`, when given, is the record's `contentKey.low`.
    mutating func take(_ outcome: Result<QueueLogRecord?, MonitoringError>, key: UInt64? = nil) {
        switch outcome {
        case .success(let record?):
            records.append(record)
            if let key { keys.append(key) }
        case .success(nil): blankLines += 1
        case .failure(let error): errors.append(error)
        }
    }
}
