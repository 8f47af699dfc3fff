import Dispatch
import PanduCore
import PanduStore

/// One chunk of a queue_log file parsed on a background queue while the caller writes an earlier chunk to the
/// store, with the store's per-line work done too (`QueueLogBatch`: content keys, encoded lines, episodes):
/// on a 2-core machine that work overlaps the SQLite work. Chunks are still handed out and written in file
/// order.
final class QueueLogParseAhead: @unchecked Sendable {
    /// The store position after this chunk.
    let position: ImportPosition
    private let done = DispatchSemaphore(value: 0)
    /// Written once by the background queue before `done` is signalled, read after waiting on it.
    private var result = QueueLogParseResult()
    private var batch = QueueLogBatch([], withEpisodes: false)

    /// Starts parsing `bytes` (whose first line is number `firstLine`) on `queue`.
    /// `withEpisodes`: work out the episodes too (see `QueueLogBatch`).
    init(_ bytes: [UInt8], firstLine: Int, position: ImportPosition, withEpisodes: Bool, on queue: DispatchQueue) {
        self.position = position
        queue.async { [self] in
            let parser = QueueLogParser()
            var parsed = bytes.withUnsafeBufferPointer {
                withEpisodes
                    ? parser.prepare(bytes: $0, firstLineNumber: firstLine)
                    : parser.parse(bytes: $0, firstLineNumber: firstLine)
            }
            batch =
                withEpisodes
                ? QueueLogBatch(parsed) : QueueLogBatch(parsed.records, keys: parsed.keys, withEpisodes: false)
            parsed.records = []
            parsed.keys = []
            parsed.preparation = nil
            result = parsed
            done.signal()
        }
    }

    /// Drops the parsed records on `queue` (a parse thread, which has time to spare) instead of the caller's.
    func release(on queue: DispatchQueue) {
        queue.async { [self] in
            result = QueueLogParseResult()
            batch = QueueLogBatch([], withEpisodes: false)
        }
    }

    /// The chunk's line count and errors (its records are in the batch), and the batch; waits for the
    /// background queue to finish.
    func parsed() -> (QueueLogParseResult, QueueLogBatch) {
        done.wait()
        done.signal()
        return (result, batch)
    }
}
