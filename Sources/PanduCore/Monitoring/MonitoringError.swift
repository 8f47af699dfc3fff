import Foundation

/// Everything that can go wrong in the monitoring core: a bad queue_log line or CSV row, or a bad argument.
public enum MonitoringError: Error, Hashable, Sendable, LocalizedError {
    /// A queue_log line (file form) or CSV row (database-export form) with a field that cannot be read.
    case badField(line: Int, field: String, value: String, expected: String)
    /// A line or row with too few fields to be a queue_log record.
    case tooFewFields(line: Int, found: Int, needed: Int, text: String)
    /// A CSV header naming no usable column layout.
    case badHeader(value: String, missing: String)
    /// A calculator argument outside its domain.
    case invalidArgument(name: String, value: String, expected: String)
    /// Erlang C needs more (productive) positions than the traffic intensity, or the queue never empties.
    case unstableQueue(traffic: Double, positions: Int)

    public var errorDescription: String? {
        switch self {
        case .badField(let line, let field, let value, let expected):
            "line \(line), field \(field): \"\(Self.clip(value))\" is not \(expected); "
                + "fix or remove that line and import again (lines already imported stay, nothing is counted twice)."
        case .tooFewFields(let line, let found, let needed, let text):
            "line \(line): \"\(Self.clip(text))\" has \(found) field(s), a queue_log record needs at least \(needed) "
                + "(time, callid, queue, agent, event); the line may be truncated: check the file around that line."
        case .badHeader(let value, let missing):
            "CSV header \"\(Self.clip(value))\" has no \(missing) column; export the queue_log table with its "
                + "column names (time, callid, queuename, agent, event, data1..data5 or data)."
        case .invalidArgument(let name, let value, let expected):
            "\(name) = \"\(Self.clip(value))\" is not allowed: expected \(expected); correct the value and run again."
        case .unstableQueue(let traffic, let positions):
            "\(positions) productive position(s) cannot serve \(Self.format(traffic)) Erlangs of traffic (the queue "
                + "grows without end); use more positions than the traffic intensity, e.g. "
                + "\(Int(traffic.rounded(.down)) + 1) or more."
        }
    }

    /// Long values are cut so a 1 MB line does not flood the terminal.
    static func clip(_ value: String) -> String {
        value.count <= 120 ? value : String(value.prefix(117)) + "..."
    }

    static func format(_ value: Double) -> String { String(format: "%.2f", value) }
}
