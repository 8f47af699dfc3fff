/// Where the columns of a queue_log database export are: Asterisk's realtime table (`time, callid,
/// queuename, agent, event, data1..data5` or one `data` column, spec §1.2), also with an `id` first, and
/// QueueMetrics' names (`time_id`, `call_id`, `queue`, `verb`).
public struct QueueLogCSVLayout: Hashable, Sendable {
    public var time: Int
    public var callID: Int
    public var queue: Int
    public var agent: Int
    public var event: Int
    /// `data1..data5` in order, or the single `data` column.
    public var data: [Int]
    /// True when one `data` column holds the whole `a|b|c` parameter string.
    public var singleData: Bool

    /// Creates the value from its parts.
    public init(time: Int, callID: Int, queue: Int, agent: Int, event: Int, data: [Int], singleData: Bool) {
        self.time = time
        self.callID = callID
        self.queue = queue
        self.agent = agent
        self.event = event
        self.data = data
        self.singleData = singleData
    }

    /// Asterisk's "adaptive" table: `time, callid, queuename, agent, event, data1, …, data5`.
    public static let adaptive = QueueLogCSVLayout(
        time: 0, callID: 1, queue: 2, agent: 3, event: 4, data: [5, 6, 7, 8, 9], singleData: false)
    /// The older table with one `data` column: `time, callid, queuename, agent, event, data`.
    public static let single = QueueLogCSVLayout(
        time: 0, callID: 1, queue: 2, agent: 3, event: 4, data: [5], singleData: true)

    /// The layout named by a header row; throws when a required column is missing.
    public init(header: [String]) throws(MonitoringError) {
        var index: [String: Int] = [:]
        for (i, name) in header.enumerated() {
            let key = Self.aliases[ByteScan.trim(name).lowercased()] ?? ByteScan.trim(name).lowercased()
            if index[key] == nil { index[key] = i }
        }
        let joined = header.joined(separator: ",")
        for required in ["time", "callid", "queuename", "agent", "event"] where index[required] == nil {
            throw .badHeader(value: joined, missing: required)
        }
        let numbered = (1...5).compactMap { index["data\($0)"] }
        let single = index["data"]
        self.init(
            time: index["time"]!, callID: index["callid"]!, queue: index["queuename"]!, agent: index["agent"]!,
            event: index["event"]!, data: numbered.isEmpty ? single.map { [$0] } ?? [] : numbered,
            singleData: numbered.isEmpty && single != nil)
    }

    /// The highest column index the layout reads, plus one.
    var width: Int { ([time, callID, queue, agent, event] + data).max()! + 1 }

    /// Column names of other schemas mapped to Asterisk's.
    static let aliases = [
        "time_id": "time", "call_id": "callid", "queue": "queuename", "verb": "event", "uniqueid": "callid",
    ]

    /// Whether a first row is a header rather than data.
    static func isHeader(_ fields: [String]) -> Bool {
        fields.contains { ["event", "verb"].contains(ByteScan.trim($0).lowercased()) }
    }

    /// The layout of a header-less export, guessed from the column count (an `id` column may come first).
    static func guess(_ fields: [String]) -> QueueLogCSVLayout {
        let idFirst = fields.count == 7 || fields.count >= 11
        let base = fields.count <= 7 ? single : adaptive
        return idFirst ? base.shifted(by: 1) : base
    }

    /// The same layout one column to the right.
    func shifted(by n: Int) -> QueueLogCSVLayout {
        QueueLogCSVLayout(
            time: time + n, callID: callID + n, queue: queue + n, agent: agent + n, event: event + n,
            data: data.map { $0 + n }, singleData: singleData)
    }
}
