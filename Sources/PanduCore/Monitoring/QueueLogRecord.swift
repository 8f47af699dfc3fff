import Foundation

/// One queue_log record, from the file form or the database-export form (monitoring spec §1.2).
public struct QueueLogRecord: Hashable, Sendable {
    /// Seconds since 1970 (UTC).
    public var epoch: Int64
    /// Sub-second part, only known from the database form; used to order events of the same second.
    public var microseconds: Int32
    /// The caller channel's uniqueid, or `NONE`, `MANAGER`, `REALTIME`, `CLI`.
    public var callID: String
    /// The queue name, or `NONE` for global events.
    public var queue: String
    /// The member name or interface, or `NONE` for caller-side events.
    public var agent: String
    /// The event name exactly as written (unknown events are kept, spec §0.1).
    public let event: String
    /// The event, when Pandu knows it; nil for unknown events (`INFO`, `OUTDIAL`, custom `QueueLog()` lines).
    public let kind: QueueEventKind?
    /// The event's parameters in order; trailing empty parameters are dropped, so `ADDMEMBER|` and a
    /// database row with empty `data1..data5` read the same.
    public var parameters: QueueLogParams

    /// `parameters` as a list.
    public var params: [String] {
        get { parameters.list }
        set { parameters = QueueLogParams(newValue) }
    }

    /// A record; the event kind is looked up and trailing empty parameters are dropped.
    public init(
        epoch: Int64, microseconds: Int32 = 0, callID: String, queue: String, agent: String, event: String,
        params: [String] = []
    ) {
        var trimmed = params
        while trimmed.last?.isEmpty == true { trimmed.removeLast() }
        self.init(
            epoch: epoch, microseconds: microseconds, callID: callID, queue: queue, agent: agent, event: event,
            kind: QueueEventKind.named(event), parameters: QueueLogParams(trimmed))
    }

    /// A record read by a parser: `kind` is `QueueEventKind.named(event)` already and `parameters` has no
    /// trailing empty parameter.
    init(
        epoch: Int64, microseconds: Int32, callID: String, queue: String, agent: String, event: String,
        kind: QueueEventKind?, parameters: QueueLogParams
    ) {
        self.epoch = epoch
        self.microseconds = microseconds
        self.callID = callID
        self.queue = queue
        self.agent = agent
        self.event = event
        self.kind = kind
        self.parameters = parameters
    }

    /// The instant of the event.
    public var date: Date { Date(timeIntervalSince1970: Double(epoch) + Double(microseconds) / 1e6) }

    /// The parameter at `index`, or nil when absent or empty.
    public func param(_ index: Int) -> String? { parameters.nonEmpty(index) }

    /// The parameter at `index` as a whole number, or nil when absent or not a number.
    public func intParam(_ index: Int) -> Int? { parameters.integer(index) }

    /// How many parameters there are.
    public var paramCount: Int { parameters.count }

    /// The record in file form without trailing empty parameters: the canonical text behind `contentKey`.
    /// Seconds only, so the file line and the database row of one event give the same text.
    public var canonicalLine: String {
        var line = "\(epoch)|\(callID)|\(queue)|\(agent)|\(event)"
        parameters.withEachUTF8 { p in
            line += "|"
            line += String(decoding: p, as: UTF8.self)
        }
        return line
    }

    /// A stable key of the record's content for idempotent import: the key of `canonicalLine`, computed
    /// without building it.
    public var contentKey: QueueLogKey {
        var state = QueueLogKey.State()
        state.add(epoch)
        state.add(UInt8(ascii: "|"))
        state.add(callID)
        state.add(UInt8(ascii: "|"))
        state.add(queue)
        state.add(UInt8(ascii: "|"))
        state.add(agent)
        state.add(UInt8(ascii: "|"))
        state.add(event)
        parameters.withEachUTF8 { p in
            state.add(UInt8(ascii: "|"))
            for b in p { state.add(b) }
        }
        return state.key
    }
}
