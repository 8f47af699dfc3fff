extension BlockBytes {
    /// A queue_log line's bytes after its seq in the store's line layout, from the record's strings: `epoch,
    /// usec, callid, queue, agent, event, count of params, params…`. The store's writer and the parser's
    /// non-ASCII lines both encode through this; the parser's ASCII path copies the same fields from the line.
    public func queueLogLineFields(_ r: QueueLogRecord) {
        signed(r.epoch)
        signed(Int64(r.microseconds))
        text(r.callID)
        text(r.queue)
        text(r.agent)
        text(r.event)
        unsigned(UInt64(r.paramCount))
        r.parameters.withEachUTF8 { text($0, 0..<$0.count) }
    }
}
