/// What a bulk parse produced: the good records in file order, and one error per bad line.
public struct QueueLogParseResult: Hashable, Sendable {
    public var records: [QueueLogRecord] = []
    public var errors: [MonitoringError] = []
    /// Lines (or CSV rows, a header included) read, blank ones included.
    public var lines = 0
    /// Blank lines skipped without complaint.
    public var blankLines = 0

    /// An empty result.
    public init() {}

    /// Files one line's outcome.
    mutating func take(_ outcome: Result<QueueLogRecord?, MonitoringError>) {
        switch outcome {
        case .success(let record?): records.append(record)
        case .success(nil): blankLines += 1
        case .failure(let error): errors.append(error)
        }
    }
}
