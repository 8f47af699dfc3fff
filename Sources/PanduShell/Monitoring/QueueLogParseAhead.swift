import Dispatch
import PanduCore

/// One chunk of a queue_log file parsed on a background queue while the caller writes the previous chunk
/// to the store, with its content keys and episodes (`QueueLogPreparedBatch`): on a 2-core machine that
/// work overlaps the SQLite work.
/// Chunks are still handed out and written in file order.
final class QueueLogParseAhead: @unchecked Sendable {
    /// The store position after this chunk.
    let position: ImportPosition
    private let done = DispatchSemaphore(value: 0)
    /// Written once by the background queue before `done` is signalled, read after waiting on it.
    private var result = QueueLogParseResult()
    private var prepared: QueueLogPreparedBatch?

    /// Starts parsing `bytes` (whose first line is number `firstLine`) on `queue`.
    /// `withEpisodes`: work out the episodes too (see `QueueLogPreparedBatch`).
    init(_ bytes: [UInt8], firstLine: Int, position: ImportPosition, withEpisodes: Bool, on queue: DispatchQueue) {
        self.position = position
        queue.async { [self] in
            result = bytes.withUnsafeBufferPointer { QueueLogParser().parse(bytes: $0, firstLineNumber: firstLine) }
            prepared = QueueLogPreparedBatch(result.records, withEpisodes: withEpisodes)
            done.signal()
        }
    }

    /// Drops the parsed records on `queue` (the parse thread, which has time to spare) instead of the caller's.
    func release(on queue: DispatchQueue) {
        queue.async { [self] in
            result = QueueLogParseResult()
            prepared = nil
        }
    }

    /// The parsed chunk and the work prepared for it; waits for the background queue to finish.
    func parsed() -> (QueueLogParseResult, QueueLogPreparedBatch?) {
        done.wait()
        done.signal()
        return (result, prepared)
    }
}
